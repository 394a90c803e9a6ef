#!/usr/bin/env python3
"""Derive newsweave's PETRARCH-based event data from the PETRARCH2 dictionaries (MIT) and PLOVER's crosswalk.

Reads, offline, from a shared data folder (``--shared``, default ``../shared/data`` next to the checkout):

- ``petrarch2/CAMEO.2.0.txt``: the CAMEO verb-pattern dictionary (synsets ``&X``, verb blocks
  ``--- NAME [code] ---``, verb lines with irregular forms ``{...}`` and an optional code, pattern lines
  ``- [pre-verb nouns] * [post-verb nouns] (PREP NOUN) [code] # comment``);
- ``petrarch2/Phoenix.agents.txt``: agent nouns (``COAST_GUARD [~MIL]``, ``JUNTA [~GOV]``) with their role codes;
- ``petrarch2/Phoenix.MilNonState.actors.txt`` and ``Phoenix.International.actors.txt``: named non-state
  armed groups and international actors (``AL-SHABAAB [SOMREB]``);
- ``plover/CAMEO2PLOVER-2021.txt``: PLOVER's CAMEO -> PLOVER crosswalk (category, mode, context).

and the project's own agent nouns, ``scripts/agents_own.tsv`` (agent nouns Phoenix lacks, "attackers"), plus any
user's own files of the same columns (``--own FILE``, repeatable): ``agent``, ``code`` (a CAMEO role code: CRM,
MIL...), ``attach`` (suffix by default), ``plural`` (optional; none = the agent as written only) and ``source`` (who
says so; required).  An own row for an agent Phoenix has replaces Phoenix's row in place; a new one is appended, so
the line of every Phoenix row (``agents.tsv:<line>`` in records' rules) stays where it was.

Writes into ``src/newsweave/data/plover/`` (``--out``):

- ``petrarch_patterns.tsv``: one row per verb pattern: the block's verbs, the pattern as written, the cues
  it needs in newsweave's lexicon cue language (``obj=``, ``prt=``, ``pp=``, ``subj=``), CAMEO code, PLOVER
  category, mode and context, ``source``;
- ``agents.tsv``: agent nouns (singular and plural), role code, whether the agent stands for a government,
  military, rebel or other sector, ``source``;
- ``petrarch_actors.tsv``: named non-state and international actors with their CAMEO code and base state;
- ``petrarch_country_actors.tsv``: named actors of a state from ``Phoenix.Countries.actors.txt`` (leaders,
  ministers, state bodies: ``ASKAR_AKAYEV_ [KGZGOV ...]``), the state a person or body acts for.

CAMEO 01 (public statements) has no PLOVER category and is left out; CAMEO 02 (appeals) is absent from the
crosswalk and is mapped as its CAMEO 10 twin (020 -> 100, 0231 -> 1031: an appeal is a REQUEST, PLOVER manual).
A pattern coded ``[---]`` is kept with category ``-`` ("this phrase is no event").

    python scripts/derive_plover_lexicon.py --shared /work/shared/data
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "newsweave" / "data" / "plover"

VERB_SOURCE = "PETRARCH2 CAMEO.2.0 (MIT) + CAMEO2PLOVER-2021"
AGENT_SOURCE = "PETRARCH2 Phoenix.agents (MIT)"
OWN_AGENTS = ROOT / "scripts" / "agents_own.tsv"
ACTOR_SOURCE = "PETRARCH2 Phoenix.{} actors (MIT)"

# words after the verb that are particles of a phrasal verb, not its object ("SET OFF", "PUT FORWARD")
PARTICLES = {"OFF", "UP", "OUT", "DOWN", "BACK", "AWAY", "OVER", "ASIDE", "FORWARD", "IN", "ON", "APART", "AROUND",
             "ALONG", "THROUGH", "TOGETHER", "AHEAD"}
# pre-verb words that are not nouns (auxiliaries, negation): such patterns cannot be read from a dependency tree
PRE_VERB_FUNCTION_WORDS = {"WILL", "NOT", "NO", "WOULD", "IS", "ARE", "WAS", "WERE", "BE", "TO", "HAS", "HAVE", "HAD",
                           "CAN", "COULD", "SHOULD", "MAY", "MIGHT", "DID", "DO", "DOES", "NEVER"}
ROLE_MARKERS = {"$", "+", "^", "%"}
PATTERN_COLUMNS = ("verbs", "pattern", "cue", "cameo", "category", "mode", "context", "block", "source")
AGENT_COLUMNS = ("agent", "code", "sector", "attach", "source")
ACTOR_COLUMNS = ("name", "aliases", "code", "country", "sector", "source")
# CAMEO sector codes of an agent (the first three letters of the role) and what newsweave calls them
SECTORS = {"GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary", "LEG": "legislature",
           "REB": "rebel", "INS": "insurgent", "UAF": "armed_group", "OPP": "opposition", "SPY": "intelligence",
           "MED": "media", "BUS": "business", "NGO": "ngo", "IGO": "igo", "EDU": "education", "CVL": "civilian",
           "REF": "refugee", "LAB": "labour", "AGR": "agriculture", "ELI": "elite", "HLH": "health",
           "CRM": "criminal", "ENV": "environment", "REL": "religion", "MOD": "moderate", "RAD": "radical",
           "PTY": "party", "IMG": "armed_group", "SEP": "separatist"}


def words(phrase: str) -> str:
    """``COAST_GUARD`` -> ``coast guard``; trailing stop marks dropped."""
    return re.sub(r"\s+", " ", phrase.replace("_", " ")).strip().lower()


# -- crosswalk ----------------------------------------------------------------------------------------------
def read_crosswalk(path: Path) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER category, mode, context) from lines like ``0312: AGREE,  , military # ...``."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{3,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        category = parts[0].upper()
        mode = parts[1] if len(parts) > 1 else ""
        context = "|".join(c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";") if c.strip())
        out.setdefault(m.group(1), (category, mode, context))
    return out


def plover_for(code: str, crosswalk: dict) -> tuple[str, str, str] | None:
    """The PLOVER coding of a CAMEO code (an appeal 02x as its demand twin 10x); None for no event."""
    if code in crosswalk:
        return crosswalk[code]
    if code.startswith("02") and len(code) >= 3:
        twin = "10" + code[2:]
        if twin in crosswalk:
            return crosswalk[twin]
    if len(code) == 4 and code[:3] in crosswalk:
        return crosswalk[code[:3]]
    return None


# -- verb dictionary ----------------------------------------------------------------------------------------
def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("&"):
            current = line.strip().rstrip("_")
            synsets[current] = []
        elif line.startswith("+") and current is not None:
            synsets[current].append(words(line[1:].strip().rstrip("_")))
        elif line.startswith("---"):
            break
        elif line.strip():
            current = None
    return synsets


def parse_code(text: str) -> str | None:
    """``[042:043]`` -> 042, ``[:173]`` -> 173, ``[---]`` -> ``---``."""
    text = text.strip("[] ")
    if text.startswith("---"):
        return "---"
    first = next((p for p in text.split(":") if p.strip()), "")
    return first.strip() if re.fullmatch(r"\d{3,4}", first.strip()) else None


def expand(word: str, synsets: dict) -> list[str] | None:
    """A pattern word as lower-case alternatives (a synset expands to its members); None for an unknown synset."""
    if word.startswith("&"):
        members = synsets.get(word.rstrip("_"))
        if not members:
            return None
        # a multi-word member stands for its head noun ("guided missile" -> missile), unless it is a spelling
        # of a one-word member ("cease fire" = ceasefire, whose head "fire" alone means something else)
        singles = {w for w in members if " " not in w}
        return [w.split()[-1] for w in members
                if " " not in w or not {w.replace(" ", ""), w.replace(" ", "-")} & singles]
    return [words(word)]


def tokens(text: str) -> list[str]:
    """Pattern text as tokens, braces and parentheses kept as tokens."""
    return re.findall(r"\{[^}]*\}|\(|\)|[^\s(){}]+", text)


def pattern_cue(pattern: str, synsets: dict) -> str | None:
    """The newsweave cue string of a PETRARCH pattern, or None when it cannot be read from a dependency tree."""
    if "*" not in pattern:
        return None
    pre, post = pattern.split("*", 1)
    cues: list[str] = []
    subj = [w for w in tokens(pre) if w not in ROLE_MARKERS]
    if any(w.upper() in PRE_VERB_FUNCTION_WORDS for w in subj):
        return None
    if subj:
        head = subj[-1].strip("{}").split()[-1]
        alts = expand(head, synsets)
        if alts is None:
            return None
        cues.append("subj=" + "|".join(sorted(set(alts))))
    toks = tokens(post)
    i = 0
    objects_seen = 0
    while i < len(toks):
        t = toks[i]
        if t == "(":
            j = toks.index(")", i) if ")" in toks[i:] else len(toks)
            inner = [x for x in toks[i + 1:j] if x not in ROLE_MARKERS]
            i = j + 1
            if not inner:
                continue
            prep = inner[0].lower()
            if not re.fullmatch(r"[a-z]+", prep):
                return None
            rest = inner[1:]
            if not rest:
                cues.append(f"prep={prep}")
                continue
            head_words = rest[-1].strip("{}").split()
            alts = expand(head_words[-1], synsets)
            if alts is None:
                return None
            if prep == "of" and objects_seen:
                cues.append("obj=" + "|".join(sorted(set(alts))))  # "SERIES (OF ATTACKS)": the measured thing
            else:
                cues.append("pp=" + "|".join(f"{prep}:{a}" for a in sorted(set(alts))))
            continue
        i += 1
        if t in ROLE_MARKERS or t == ")":
            continue
        if t.upper() in PARTICLES and not objects_seen and not t.startswith("{"):
            cues.append(f"prt={t.lower()}")
            continue
        phrase = t.strip("{}").split()
        if not phrase:
            continue
        if not all(re.fullmatch(r"[A-Za-z&'_.-]+", w) for w in phrase):
            return None
        head = expand(phrase[-1], synsets)
        if head is None:
            return None
        cues.append("obj=" + "|".join(sorted(set(head))))
        for mod in phrase[:-1]:  # "{MILITARY AID}": the modifier must be there too
            alts = expand(mod, synsets)
            if alts is None:
                return None
            cues.append("obj=" + "|".join(sorted(set(alts))))
        objects_seen += 1
    return ";".join(cues)


def verb_lemma(entry: str) -> tuple[str, str] | None:
    """A verb line's primary form -> (lemma, particle): ``+ASK_FOR`` -> (ask, for); ``WIRE_+TAP`` -> None."""
    entry = entry.strip()
    if "_" not in entry:
        return (entry.lstrip("+").lower(), "") if re.fullmatch(r"\+?[A-Z'-]+", entry) else None
    parts = entry.split("_")
    if not parts[0].startswith("+"):
        return None  # a word before the verb ("WIRE_+TAP"): the parser rarely gives it to us
    rest = [p.lower() for p in parts[1:] if p]
    return parts[0].lstrip("+").lower(), " ".join(rest)


def read_verbs(path: Path, crosswalk: dict) -> tuple[list[dict], Counter]:
    lines = path.read_text(encoding="latin-1").splitlines()
    synsets = read_synsets(lines)
    stats: Counter = Counter()
    rows: list[dict] = []
    block = None
    block_code = None
    verbs: list[tuple[str, str, str | None]] = []  # (lemma, particle, own code)

    def emit(pattern: str, code: str | None, lemmas: list[tuple[str, str]], cue: str, comment: str) -> None:
        if code is None:
            stats["pattern without a code"] += 1
            return
        if code == "---":
            category, mode, context = "-", "", ""
        else:
            coded = plover_for(code, crosswalk)
            if coded is None:
                stats["CAMEO code without a PLOVER category (01x statements)"] += 1
                return
            category, mode, context = coded
        by_particle: dict[str, list[str]] = {}
        for lemma, prt in lemmas:
            by_particle.setdefault(prt, []).append(lemma)
        for prt, group in by_particle.items():
            full = ";".join(c for c in (f"prt={prt}" if prt else "", cue) if c)
            rows.append({"verbs": "|".join(dict.fromkeys(group)), "pattern": pattern, "cue": full, "cameo": code,
                         "category": category, "mode": mode, "context": context, "block": block or "",
                         "source": VERB_SOURCE})
            stats["rows"] += 1

    in_verbs = False
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or raw.startswith("~"):
            continue
        comment = ""
        if "#" in raw:
            raw, comment = raw.split("#", 1)
            comment = comment.strip()
        line = raw.rstrip()
        if not line.strip():
            continue
        m = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])\s+---", line)
        if m:
            block, block_code, verbs = m.group(1), parse_code(m.group(2)), []
            continue
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*(\[[^\]]*\])\s*$", line)
            if not m:
                stats["unreadable pattern line"] += 1
                continue
            pattern, code = re.sub(r"\s+", " ", m.group(1)).strip(), parse_code(m.group(2))
            cue = pattern_cue(pattern, synsets)
            if cue is None:
                stats["pattern not readable from a dependency tree"] += 1
                continue
            emit(pattern.lower(), code, [(v, p) for v, p, _c in verbs], cue, comment)
            continue
        # a verb line: "BRING {BRINGS BRINGING BROUGHT }  [043]"
        m = re.match(r"^\s*(\S+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line)
        if not m:
            continue
        lemma = verb_lemma(m.group(1))
        if lemma is None:
            stats["verb with a word before it"] += 1
            continue
        own = parse_code(m.group(3)) if m.group(3) else None
        verbs.append((lemma[0], lemma[1], own))
        code = own or block_code
        if code and code != "---":
            emit("*", code, [lemma], "", comment)  # the isolated verb
    return rows, stats


# -- agents and named actors ------------------------------------------------------------------------------
def read_agents(path: Path) -> tuple[list[dict], Counter]:
    stats: Counter = Counter()
    subs: dict[str, list[str]] = {}
    rows: dict[str, dict] = {}
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(\S+)\s*(\{[^}]*\})?\s*\[([^\]}]*)[\]}]", line)
        if not m:
            stats["unreadable agent line"] += 1
            continue
        phrase, plural, code = m.group(1), m.group(2), m.group(3).strip()
        attach = "suffix" if code.startswith("~") else "prefix"
        code = code.strip("~")
        forms = [phrase]
        for marker, alts in subs.items():
            if marker in phrase:
                forms = [phrase.replace(marker, a) for a in alts]
        expanded = []
        for f in forms:
            expanded.append(f)
            if "!" in phrase:
                continue  # a substitution already gives singular and plural
            if plural is not None:
                expanded.extend(p for p in plural.strip("{}").split() if p)
            elif not f.endswith("_"):
                base = f.rstrip("_")
                expanded.append(base[:-1] + "IES" if base.endswith("Y") and base[-2:-1] not in "AEIOU" else
                                base + "ES" if base.endswith(("SS", "SH", "CH", "X")) else base + "S")
        for f in expanded:
            agent = words(f.rstrip("_"))
            if not agent or agent in rows:
                continue
            rows[agent] = {"agent": agent, "code": code, "sector": SECTORS.get(code[:3], code[:3].lower()),
                           "attach": attach, "source": AGENT_SOURCE}
            stats["agents"] += 1
    return list(rows.values()), stats


def read_own_agents(path: Path) -> list[dict]:
    """The rows of one own agents file (TSV, ``#`` comments): each form (the agent, its plural) a row of the agents
    table; a row with no code or no source is an error (``ValueError`` naming the file and line)."""
    out: list[dict] = []
    lines = [(n, raw) for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if raw.strip() and not raw.startswith("#")]
    if not lines:
        return out
    header = lines[0][1].split("\t")
    for n, raw in lines[1:]:
        row = dict(zip(header, (c.strip() for c in raw.split("\t"))))
        agent, code, source = words(row.get("agent", "")), row.get("code", "").strip("~").upper(), row.get("source", "")
        if not agent or not code or not source:
            raise ValueError(f"{path}:{n}: an own agent row needs agent, code and source")
        attach = row.get("attach") or "suffix"
        for form in [agent] + [words(p) for p in (row.get("plural") or "").split("|") if p.strip()]:
            out.append({"agent": form, "code": code, "sector": SECTORS.get(code[:3], code[:3].lower()),
                        "attach": attach, "source": source})
    return out


def merge_own_agents(agents: list[dict], own: list[dict], stats: Counter) -> list[dict]:
    """Phoenix's rows with the own rows merged: an own row replaces the row of the same agent in place, a new
    agent is appended (a later own file wins over an earlier one)."""
    merged = list(agents)
    at = {r["agent"]: i for i, r in enumerate(merged)}
    for row in own:
        if row["agent"] in at:
            if AGENT_SOURCE in merged[at[row["agent"]]]["source"]:
                stats["own agent replacing a Phoenix row"] += 1
            merged[at[row["agent"]]] = row
        else:
            at[row["agent"]] = len(merged)
            merged.append(row)
            stats["own agent"] += 1
    return merged


def read_actors(path: Path, label: str, countries: set[str]) -> tuple[list[dict], Counter]:
    """Named actors: a primary phrase, ``+`` synonyms, and a code on the line or on tab-indented date lines
    (the undated or latest restriction is kept)."""
    stats: Counter = Counter()
    rows: list[dict] = []
    current: dict | None = None

    def close() -> None:
        if current and current["code"]:
            code = current["code"]
            country = code[:3] if code[:3] in countries else ""
            rows.append({"name": current["name"], "aliases": "|".join(dict.fromkeys(current["aliases"])),
                         "code": code, "country": country,
                         "sector": SECTORS.get(code[3:6] if country else code[:3], ""),
                         "source": ACTOR_SOURCE.format(label)})
            stats["actors"] += 1
        elif current:
            stats["actor without a code"] += 1

    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw.startswith(("\t", " ")) and line.strip().startswith("["):
            if current is not None:
                m = re.match(r"^\[(\S+)\s*([^\]]*)\]", line.strip())
                if m and (not m.group(2) or not current["code"] or current["dated"]):
                    current["code"], current["dated"] = m.group(1), bool(m.group(2))
            continue
        if line.startswith("+"):
            if current is not None:
                current["aliases"].append(words(line[1:].split("[")[0].strip().rstrip("_")))
            continue
        close()
        m = re.match(r"^(\S+)\s*(?:\[(\S+?)\])?", line.strip())
        current = {"name": words(m.group(1).rstrip("_")), "aliases": [], "code": m.group(2) or "", "dated": False} if m else None
    close()
    return rows, stats


def write_tsv(path: Path, columns: tuple[str, ...], rows: list[dict], header: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for line in header.strip().splitlines():
            fh.write(f"# {line}\n")
        w = csv.DictWriter(fh, fieldnames=columns, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="folder holding petrarch2/ and plover/ (default: %(default)s)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the TSV files go (default: %(default)s)")
    ap.add_argument("--own", type=Path, action="append", default=[],
                    help="a file of your own agent rows (agent, code, attach, plural, source), merged after "
                         f"{OWN_AGENTS.relative_to(ROOT)}; repeatable")
    args = ap.parse_args(argv)
    petrarch, plover = args.shared / "petrarch2", args.shared / "plover"
    needed = [petrarch / "CAMEO.2.0.txt", petrarch / "Phoenix.agents.txt", petrarch / "Phoenix.MilNonState.actors.txt",
              petrarch / "Phoenix.International.actors.txt", plover / "CAMEO2PLOVER-2021.txt"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        print(f"error: missing input file(s): {', '.join(missing)}", file=sys.stderr)
        return 2
    crosswalk = read_crosswalk(plover / "CAMEO2PLOVER-2021.txt")
    patterns, vstats = read_verbs(petrarch / "CAMEO.2.0.txt", crosswalk)
    agents, astats = read_agents(petrarch / "Phoenix.agents.txt")
    own_files = [OWN_AGENTS] if OWN_AGENTS.exists() else []
    missing_own = [str(p) for p in args.own if not p.exists()]
    if missing_own:
        print(f"error: missing own agents file(s): {', '.join(missing_own)}", file=sys.stderr)
        return 2
    try:
        own = [row for f in own_files + args.own for row in read_own_agents(f)]
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    agents = merge_own_agents(agents, own, astats)
    countries = set()
    countries_file = petrarch / "Phoenix.Countries.actors.txt"
    if countries_file.exists():
        countries = set(re.findall(r"\[([A-Z]{3})[\s\]]", countries_file.read_text(encoding="latin-1")))
    actors: list[dict] = []
    for name, label in (("Phoenix.MilNonState.actors.txt", "MilNonState"), ("Phoenix.International.actors.txt", "International")):
        rows, _ = read_actors(petrarch / name, label, countries)
        actors.extend(rows)
    country_actors: list[dict] = []
    if countries_file.exists():
        rows, _ = read_actors(countries_file, "Countries", countries)
        # the state's own name rows (code = the state alone) are the gazetteer's job; people and bodies have a role
        country_actors = [r for r in rows if r["country"] and len(r["code"]) > 3]
    args.out.mkdir(parents=True, exist_ok=True)
    licence = "Derived by scripts/derive_plover_lexicon.py; PETRARCH2 dictionaries (c) Open Event Data Alliance, MIT licence."
    write_tsv(args.out / "petrarch_patterns.tsv", PATTERN_COLUMNS, patterns, f"""
PETRARCH2 verb patterns coded in PLOVER. {licence}
verbs: the verb block's lemmas (|); pattern: as written (- ... *); cue: newsweave's cue language (plover.py),
pp=PREP:noun|noun is a prepositional phrase on the verb or its object; cameo: the CAMEO code;
category/mode/context: from CAMEO2PLOVER-2021 (an appeal 02x as its demand twin 10x); category - = no event.""")
    write_tsv(args.out / "agents.tsv", AGENT_COLUMNS, agents, f"""
PETRARCH2 Phoenix agent nouns (singular and plural); rows of another source: own (scripts/agents_own.tsv, --own). {licence}
code: the CAMEO role code; attach: suffix = the role follows the state's code (TUR + MIL), prefix = it precedes it (NGO).""")
    write_tsv(args.out / "petrarch_actors.tsv", ACTOR_COLUMNS, actors, f"""
PETRARCH2 Phoenix non-state armed groups and international actors. {licence}
country: the base state when the CAMEO code starts with one (SOMREB -> SOM).""")
    write_tsv(args.out / "petrarch_country_actors.tsv", ACTOR_COLUMNS, country_actors, f"""
PETRARCH2 Phoenix actors of a state (leaders, officials, state bodies). {licence}
code: the undated or latest CAMEO code; country: the state it starts with (KGZGOV -> KGZ).""")
    print(f"{len(patterns)} pattern rows, {len(agents)} agents, {len(actors)} named actors, "
          f"{len(country_actors)} actors of a state -> {args.out}")
    for k, v in sorted((vstats + astats).items()):
        if k.startswith("own agent"):
            print(f"  merged: {k}: {v}")
        elif k not in ("rows", "agents"):
            print(f"  skipped: {k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
