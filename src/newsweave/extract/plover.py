"""The PLOVER event lexicon: trigger words, their cues and categories, read from data files.

``data/plover/lexicon.tsv`` maps a verb or noun lemma (plus an optional cue on its object,
particle, prepositions or modifiers) to a PLOVER category, mode and context; ``objects.tsv``
groups object words into classes (personnel, weapons, aid, ...), ``contexts.tsv`` maps words
to PLOVER contexts.  Users add rows in their own files (``Options.event_lexicon_files``); their
rows are tried before the shipped ones.  The file headers document the cue language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..tables import read_table
from ..model import PLOVER_CATEGORIES

PLOVER_DIR = Path(__file__).resolve().parent.parent / "data" / "plover"
LEXICON_FILE = PLOVER_DIR / "lexicon.tsv"
# derived by scripts/derive_plover_lexicon.py from the PETRARCH2 dictionaries (MIT) and CAMEO2PLOVER-2021
PETRARCH_FILE = PLOVER_DIR / "petrarch_patterns.tsv"
AGENTS_FILE = PLOVER_DIR / "agents.tsv"
# what the people of each agents.tsv sector are to event coding: an organ of a state, a group acting for itself,
# or civilians (sector_classes)
SECTOR_CLASSES_FILE = PLOVER_DIR / "sector_classes.tsv"
# where event triggers and actor roles come from (Options.event_sources): our own lexicon rows, the PETRARCH
# verb patterns (tried after our rows for the same verb, so our rows stay where they do better), the isolated
# PETRARCH verbs (a verb with no pattern matched), and the Phoenix agent nouns for actor resolution.
# Measured on the PLOVER gold-standard records (313 sentences; type recall / precision / F1, actor, recipient):
#   lexicon                            0.687 / 0.672 / 0.679   actor 0.791  recipient 0.399
#   lexicon + agents                   0.690 / 0.673 / 0.681   actor 0.792  recipient 0.397   <- default
#   lexicon + petrarch                 0.700 / 0.656 / 0.677   actor 0.785  recipient 0.392
#   lexicon + petrarch + agents        0.703 / 0.657 / 0.679   actor 0.786  recipient 0.390
#                                      (0.706 / 0.639 / 0.671 before patterns inside another event's clause were left out)
#   lexicon + petrarch + petrarch_bare 0.722 / 0.585 / 0.647
#   petrarch + petrarch_bare alone     0.543 / 0.509 / 0.526
# and events F1 on our corpora (lexicon -> lexicon + petrarch): seeds 0.786 -> 0.786, holdout 0.677 -> 0.667,
# blind 0.649 -> 0.667.  The patterns raise recall but not F1, so they are opt-in ("petrarch" in event_sources).
# Re-measured 2026-12-05 (wt-plover20; PLOVER halves by record id, even = studied / odd = held out, type/actor/recip):
#   lexicon + agents (default)           even 0.651/0.859/0.614  odd 0.776/0.840/0.700  real dev events 0.555 (P 0.564)
#   lexicon + petrarch + agents          even 0.684/0.846/0.604  odd 0.770/0.839/0.700  real dev 0.543 (P 0.530)
#   + PETRARCH verbs we have no row for  even 0.664/0.851/0.607  odd 0.776/0.840/0.700  real dev 0.550 (P 0.545)
#     (their bare '*' too: even 0.658, real dev 0.504 (P 0.457)); none kept: each costs real dev precision.
# Re-measured 2026-12-07 (wt-ev167, 649 dev texts): lexicon + petrarch + agents real dev events 0.516 (P 0.524 / R 0.509)
#   against the default's 0.545 (P 0.580 / R 0.514); of the 103 dev misses whose verb only PETRARCH names, 6 have a
#   pattern whose cue holds (benchmarks/event_miss_triggers.py), 1 gets an event of its type.
EVENT_SOURCES = ("lexicon", "petrarch", "petrarch_bare", "agents")
OBJECTS_FILE = PLOVER_DIR / "objects.tsv"
CONTEXTS_FILE = PLOVER_DIR / "contexts.tsv"

ROLES = ("", "swap", "from", "joint", "feel", "patient")
CUE_KEYS = {"obj", "head", "nohead", "obj2", "pp", "prt", "prep", "mod", "nomod", "subj", "nosubj", "under", "notunder", "pred", "comp", "gov", "sense", "noprep", "nopp"}
CUE_FLAGS = {"nocomp", "tocomp", "blame", "rcpt", "norcpt", "ownobj", "objent", "objreq", "noobj", "self", "must", "pred", "pair", "force", "labour", "nolabour"}
# the category of a lexicon row that says "this set phrase is no event" (it stops the rows below it)
NOT_AN_EVENT = "-"


@dataclass(frozen=True, slots=True)
class LexEntry:
    """One lexicon row: when ``lemma`` (as ``pos``) meets ``cue``, it is a ``category`` event."""
    lemma: str
    pos: str
    cue: tuple  # ((key, frozenset(values)), ...) plus (flag, None) pairs
    roles: str
    category: str
    mode: str | None
    context: tuple[str, ...]
    example: str
    source: str
    # where the row is: "lexicon:214" (a row of the shipped lexicon), "<file>:<row>" (a user's file),
    # "petrarch:0312 fire * (at)" (a PETRARCH2 pattern with its CAMEO code)
    rule_id: str = ""

    def cue_values(self, key: str) -> frozenset | None:
        for k, v in self.cue:
            if k == key:
                return v if v is not None else frozenset()
        return None

    @property
    def rule(self) -> str:
        """A readable name of the rule, for provenance."""
        cue = ";".join(k if v is None else f"{k}={'|'.join(sorted(v))}" for k, v in self.cue)
        return f"{self.lemma}/{self.pos}" + (f"[{cue}]" if cue else "")


@dataclass(frozen=True)
class Lexicon:
    entries: dict = field(default_factory=dict)  # (lemma, pos) -> tuple[LexEntry, ...]
    agents: dict = field(default_factory=dict)  # agent noun ("coast guard", "junta") -> sector (military, government...)
    object_class: dict = field(default_factory=dict)  # lemma -> class
    class_context: dict = field(default_factory=dict)  # class -> context
    context_words: dict = field(default_factory=dict)  # lemma -> context

    def lookup(self, lemma: str, pos: str) -> tuple[LexEntry, ...]:
        return self.entries.get((lemma, pos), ())


def _rows(path: Path, required: tuple[str, ...] = ()) -> list[dict]:
    """The rows of one PLOVER table (each with ``_line``, its line in the file; see :mod:`newsweave.tables`)."""
    return read_table(path, required, what="event lexicon file")


def parse_cue(text: str, where: str) -> tuple:
    out = []
    for part in (text or "").split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            key, _, values = part.partition("=")
            key = key.strip()
            if key not in CUE_KEYS:
                raise ConfigError(f"{where}: unknown cue {key!r} (known: {', '.join(sorted(CUE_KEYS | CUE_FLAGS))})")
            out.append((key, frozenset(v.strip().lower() for v in values.split("|") if v.strip())))
        elif part in CUE_FLAGS:
            out.append((part, None))
        else:
            raise ConfigError(f"{where}: unknown cue {part!r}")
    return tuple(out)


def _entries_from(path: Path) -> list[LexEntry]:
    rows = _rows(path, ("lemma", "pos", "category"))
    label = "lexicon" if path == LEXICON_FILE else path.name
    out = []
    for row in rows:
        where = f"{path}:{row['_line']}"
        category = (row.get("category") or "").strip().upper()
        if category not in PLOVER_CATEGORIES and category != NOT_AN_EVENT:
            raise ConfigError(f"{where}: {category!r} is not a PLOVER category")
        pos = (row.get("pos") or "").strip().lower()
        if pos not in ("verb", "noun"):
            raise ConfigError(f"{where}: pos must be verb or noun, not {pos!r}")
        roles = (row.get("roles") or "").strip().lower()
        if roles not in ROLES:
            raise ConfigError(f"{where}: roles must be one of {ROLES}, not {roles!r}")
        out.append(LexEntry(
            lemma=row["lemma"].strip().lower(), pos=pos, cue=parse_cue(row.get("cue") or "", where),
            roles=roles, category=category, mode=(row.get("mode") or "").strip() or None,
            context=tuple(c.strip() for c in (row.get("context") or "").split("|") if c.strip()),
            example=(row.get("example") or "").strip(), source=row["source"] or str(path),
            rule_id=f"{label}:{row['_line']}"))
    return out


def _petrarch_entries(bare: bool) -> list[LexEntry]:
    """The PETRARCH2 verb patterns as lexicon rows (``bare``: also the isolated verbs, pattern ``*``)."""
    out = []
    for row in _rows(PETRARCH_FILE, ("verbs", "pattern", "cameo", "category")):
        pattern = row["pattern"]
        if pattern == "*" and not bare:
            continue
        where = f"{PETRARCH_FILE}:{row['_line']}"
        cue = parse_cue(row.get("cue") or "", where)
        context = tuple(c for c in (row.get("context") or "").split("|") if c)
        for lemma in row["verbs"].split("|"):
            out.append(LexEntry(lemma=lemma, pos="verb", cue=cue, roles="", category=row["category"],
                                mode=row.get("mode") or None, context=context, example=f"{lemma} {pattern}", source=row["source"],
                                rule_id=f"petrarch:{row['cameo']} {lemma} {pattern}"))
    return out


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = (), sources: tuple[str, ...] = ("lexicon", "agents")) -> Lexicon:
    """The shipped lexicon plus the user's files (tried first, so a user row overrides a shipped one), then
    the PETRARCH2 verb patterns when ``sources`` asks for them (tried last for the same verb)."""
    unknown = set(sources) - set(EVENT_SOURCES)
    if unknown:
        raise ConfigError(f"event_sources: unknown source(s) {', '.join(sorted(unknown))} (known: {', '.join(EVENT_SOURCES)})")
    entries: dict = {}
    files = [*(Path(p) for p in extra_files)] + ([LEXICON_FILE] if "lexicon" in sources else [])
    for rank, path in enumerate(files):
        for e in _entries_from(path):
            entries.setdefault((e.lemma, e.pos), []).append((rank, not e.cue, e))
    if "petrarch" in sources or "petrarch_bare" in sources:
        for e in _petrarch_entries(bare="petrarch_bare" in sources):
            if (e.cue or "petrarch_bare" in sources):
                entries.setdefault((e.lemma, e.pos), []).append((len(files), not e.cue, e))
    # a user's file first; within a file the most specific row first (more cue conditions), the catch-all last
    entries = {k: [e for _r, _c, e in sorted(v, key=lambda x: (x[0], -len(x[2].cue)))] for k, v in entries.items()}
    object_class, class_context = {}, {}
    for row in _rows(OBJECTS_FILE, ("lemma", "class")):
        object_class.setdefault(row["lemma"].strip().lower(), row["class"].strip())
        if row.get("context"):
            class_context.setdefault(row["class"].strip(), row["context"].strip())
    context_words = {row["lemma"].strip().lower(): row["context"].strip() for row in _rows(CONTEXTS_FILE, ("lemma", "context"))}
    agents = {row["agent"]: row["sector"] for row in _rows(AGENTS_FILE, ("agent", "sector"))} if "agents" in sources else {}
    return Lexicon(entries={k: tuple(v) for k, v in entries.items()}, object_class=object_class,
                   class_context=class_context, context_words=context_words, agents=agents)


@lru_cache(maxsize=2)
def sector_classes(path=SECTOR_CLASSES_FILE) -> dict[str, str]:
    """Phoenix agent sector -> its class: ``state`` (an organ of a state), ``group`` (acts for itself, an actor
    by its noun alone) or ``civil`` (acts for itself, an actor by name when a state's adjective says whose)."""
    rows = read_table(path, ("sector", "class", "source"), what="agent sector classes")
    return {row["sector"]: row["class"] for row in rows}


def sectors_of_class(*classes: str) -> frozenset[str]:
    """The sectors of ``sector_classes`` in one of ``classes``."""
    return frozenset(s for s, c in sector_classes().items() if c in classes)
