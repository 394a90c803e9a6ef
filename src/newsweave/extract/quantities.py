"""Quantities: numbers with units, bounds, rates and what they count (issue: quantities).

How a number becomes a :class:`~newsweave.model.Quantity`:

1. find every number expression in the text (:mod:`.numbers`: digits, number words, scale words);
2. drop the numbers that are not amounts: years and dates, clock times, phone numbers, URLs,
   names and labels ("Article 4", "Su-27", "10x20 plan", "G7"), anaphoric "the two",
   listicle headlines, vague amounts ("a few thousand" becomes a :class:`MagnitudeHint` instead);
3. join neighbours into ranges ("22-24%", "between 3,000 and 5,000", "25 to 40 miles");
4. read the unit: a currency (symbol, code or word, to ISO 4217), percent, or the counted noun
   from the parse ("11,000 combat troops" -> person, counted "combat troops"); a bare number reads
   it from its context: a vote tally counts voters, "111 of which" its antecedent, "the toll ... 4,000"
   and "displaced 40,000" people, and an elliptical total ("up to 12,000 in all") what the amount just
   before it counted; members of a body of states ("the alliance's 32 members") are a count.
   Conventions: watercraft (ships, vessels, frigates) are ``count``, ``vehicle`` is land vehicles;
   a range followed by a time unit ("10 to 14 days") is a duration, not a date;
5. read the bound cue before or after ("up to" -> at_most, "more than" -> at_least, "about") and
   the rate ("a month", "per soldier", "monthly" -> ``per``).

Knowledge (unit words, currencies, cue phrases) is in ``data/units.tsv``, ``data/currencies.tsv``
and ``data/quantity_cues.tsv``; ``Options.unit_files`` adds rows to any of them.
"""
from __future__ import annotations

import csv
import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import DATA_DIR, Options
from ..errors import ConfigError
from ..model import Claim, Document, Quantity, stable_id

try:  # the record type for vague amounts; absent in a model.py that predates it
    from ..model import MagnitudeHint
except ImportError:  # pragma: no cover
    MagnitudeHint = None
from .numbers import find_numbers, has_scale, scale_of

UNIT_FILE = DATA_DIR / "units.tsv"
CURRENCY_FILE = DATA_DIR / "currencies.tsv"
CUE_FILE = DATA_DIR / "quantity_cues.tsv"

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
TIME_UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "fortnight"}
# a bare integer in this range, with no comma, currency or unit, reads as a year ("in 1953", "(2011)")
YEAR_RANGE = (1000, 2199)
# number words up to this value after "the/these/both ..." refer back to things already named
# ("the two Koreas", "both three"), they do not report an amount
ANAPHORIC_MAX = 10
ANAPHORIC_DETERMINERS = {"the", "these", "those", "both", "its", "their", "our", "his", "her", "my", "your", "all"}
# "Kim Yo Jong, 37, said": a small number set off by commas right after a name is an age
MAX_AGE = 120
# nouns that stay singular after a number ("11,000 personnel", "270 aircraft"); any other
# singular noun after a number > 1 marks a model or a label ("737 Max jet", "the 777 program")
MASS_NOUNS = {"personnel", "staff", "police", "infantry", "cavalry", "militia", "manpower", "crew", "ammunition",
              "artillery", "equipment", "aircraft", "materiel", "livestock", "cattle", "sheep", "fish"}
# a number before a place name enumerates places ("two Koreas", "both Germanys"), not an amount
PLACE_ENTITY_LABELS = ("GPE", "LOC", "FAC")
# "a 10,000-strong force", "a 40-man unit": the hyphenated word makes the number count people
HYPHEN_PERSON_WORDS = {"strong", "man", "member", "person", "soldier", "troop"}
# roles of quantity_cues.tsv that tell what a bare number counts (see _context_unit)
CONTEXT_ROLES = {"people_total", "people_verb", "people_place", "state_body", "tally"}
# A bare number ("up to 12,000 in all") takes the counted noun of an earlier amount at most this many
# sentences back in its paragraph. Set from our hand-written test sentences (tests/data/quantities.tsv):
# an elliptical total follows its first mention in the same or the next sentence; further back,
# other amounts and topics intervene.
ANTECEDENT_MAX_SENTENCES = 1
# units an elliptical amount may inherit: things counted by a noun, not money, shares or spans of time
COUNTED_UNITS = {"person", "munition", "missile", "military_unit", "vehicle", "aircraft", "count"}
# A total noun ("the death toll", "casualties") names what a bare number counts only this close before it
# (tokens). Set from our test sentences: "put the death toll as high as N" spans 5; further back the
# noun usually belongs to another clause.
TOTAL_NOUN_WINDOW = 8
# "50 units of howitzers", "200 pieces of artillery": the count is of what follows "of"
CONTAINER_NOUNS = {"unit", "piece", "set", "batch", "pair", "item", "lot", "type", "kind", "variant"}
# how far a counted noun phrase may run after the number (tokens); longer runs are parse noise
MAX_COUNTED_TOKENS = 8

_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+/\S+/\S+")
_PHONE_RE = re.compile(r"(?<![\d,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,5}){1,5}(?![\d,])")
_CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?!\d)|\b\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b|GMT\b|UTC\b)", re.IGNORECASE)
_MIN_PHONE_DIGITS = 7


@dataclass(frozen=True)
class UnitTables:
    units: dict            # surface word -> unit class
    currency_prefix: dict  # symbol or code written before the number -> ISO 4217
    currency_suffix: dict  # word or code written after the number -> ISO 4217
    bounds_before: dict    # cue phrase -> at_least / at_most / about
    bounds_after: dict
    label_before: frozenset
    vague_before: frozenset
    per_words: dict        # "monthly" -> "month"
    # what a bare number counts, read from its context: role -> phrases ("people_total": toll,
    # "people_verb": displace, "state_body": alliance, "tally": vote)
    context: dict = dataclasses.field(default_factory=dict)


def _read_tsv(path: Path) -> list[dict]:
    try:
        lines = [ln for ln in Path(path).read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    except OSError as e:
        raise ConfigError(f"{path}: cannot read unit table: {e}") from e
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or "source" not in rows[0]:
        raise ConfigError(f"{path}: a unit table needs a header line with a 'source' column")
    return rows


@lru_cache(maxsize=8)
def load_tables(extra_files: tuple[str, ...] = ()) -> UnitTables:
    """The shipped tables plus the user's (a file's header decides which table its rows join)."""
    units, prefix, suffix, before, after, per = {}, {}, {}, {}, {}, {}
    labels, vague = set(), set()
    context: dict[str, set] = {}
    for path in (UNIT_FILE, CURRENCY_FILE, CUE_FILE, *map(Path, extra_files)):
        for n, row in enumerate(_read_tsv(path), 2):
            try:
                if "unit" in row:
                    units[row["surface"].strip().lower()] = row["unit"].strip()
                elif "code" in row:
                    surface, code, position = row["surface"].strip(), row["code"].strip().upper(), row["position"].strip()
                    if position in ("prefix", "both"):
                        prefix[surface] = code
                    if position in ("suffix", "both"):
                        suffix[surface.lower() if position == "suffix" else surface] = code
                elif "role" in row:
                    phrase, role, value = row["phrase"].strip().lower(), row["role"].strip(), (row.get("value") or "").strip()
                    if role == "bound":
                        before[phrase] = value
                    elif role == "bound_after":
                        after[phrase] = value
                    elif role == "label_before":
                        labels.add(phrase)
                    elif role == "vague_before":
                        vague.add(phrase)
                    elif role == "per":
                        per[phrase] = value
                    elif role in CONTEXT_ROLES:
                        context.setdefault(role, set()).add(phrase)
                else:
                    raise KeyError("surface/unit, surface/code/position or phrase/role")
            except (KeyError, AttributeError) as e:
                raise ConfigError(f"{path}:{n}: unit table row lacks a column: {e}") from e
    return UnitTables(units, prefix, suffix, before, after, frozenset(labels), frozenset(vague), per,
                      {role: frozenset(v) for role, v in context.items()})


# -- small text helpers --------------------------------------------------------------------------

def _phrase_before(text: str, pos: int, phrases, case_sensitive: bool = False) -> tuple[str, int] | None:
    """The longest phrase ending just before ``pos`` (one optional space), as (phrase, start)."""
    window = text[max(0, pos - 40):pos]
    base = pos - len(window)
    hay = window if case_sensitive else window.lower()
    best = None
    for p in phrases:
        for gap in ("", " ", "\u00a0"):
            if hay.endswith(p + gap):
                start = base + len(hay) - len(p) - len(gap)
                # whole words only: a letter may not run into the phrase
                if p[:1].isalnum() and start > 0 and text[start - 1].isalnum():
                    continue
                if best is None or len(p) > len(best[0]):
                    best = (p, start)
    return best


def _phrase_after(text: str, pos: int, phrases, case_sensitive: bool = False) -> tuple[str, int] | None:
    """The longest phrase starting just after ``pos`` (one optional space), as (phrase, end)."""
    window = text[pos:pos + 40]
    hay = window if case_sensitive else window.lower()
    best = None
    for p in phrases:
        for gap in ("", " ", "\u00a0"):
            if hay.startswith(gap + p):
                end = pos + len(gap) + len(p)
                if p[-1:].isalnum() and end < len(text) and text[end].isalnum():
                    continue
                if not gap and p[:1].isalpha():  # "10bn" is an abbreviation, not "10" + "bn"
                    continue
                if best is None or len(p) > len(best[0]):
                    best = (p, end)
    return best


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w.#'’-]+)\W{0,2}$", text[max(0, pos - 30):pos])
    return m.group(1) if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\W{0,2}?([\w'’-]+)", text[pos:pos + 30])
    return m.group(1) if m else ""


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _URL_RE.finditer(text)]
    spans += [m.span() for m in _CLOCK_RE.finditer(text)]
    for m in _PHONE_RE.finditer(text):
        if sum(c.isdigit() for c in m.group(0)) >= _MIN_PHONE_DIGITS:
            spans.append(m.span())
    return spans


def _overlaps(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# -- number atoms and their groups ---------------------------------------------------------------

@dataclass
class _Atom:
    start: int
    end: int
    surface: str
    value: float
    currency: str | None = None
    cur_start: int | None = None   # where a prefix currency begins
    unit_end: int | None = None    # end of a suffix unit ("%", "percent", "dollars")
    percent: bool = False

    @property
    def left(self) -> int:
        return self.cur_start if self.cur_start is not None else self.start

    @property
    def right(self) -> int:
        return self.unit_end if self.unit_end is not None else self.end

    @property
    def is_words(self) -> bool:
        return not any(c.isdigit() for c in self.surface)


_PERCENT_AFTER = ("%", "percent", "per cent", "pct", "percentage points", "percentage point")
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through)\s*$", re.IGNORECASE)
_AND_JOIN = re.compile(r"\s*and\s*$", re.IGNORECASE)
_PROPORTION = re.compile(r"\s+(?:out\s+of\s+(?:\d{1,3}|ten|five|four|three|two)|in\s+(?:\d{1,2}|every|ten|five|four|three|two))\b(?![,.]\d)", re.IGNORECASE)
_PROPORTION_BEFORE = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?:out\s+of|in)\s+$", re.IGNORECASE)
_COMPARED_GAP = re.compile(r"[\s,]*(?:(?:up|down)\s+)?(?:from|versus|vs\.?|compared\s+with|compared\s+to|against)\s*", re.IGNORECASE)
_SHARED_UNIT_GAP = re.compile(r"\s*(?:or|,|and|to|-|–)\s*", re.IGNORECASE)


def _read_atom_units(text: str, atom: _Atom, tables: UnitTables) -> None:
    hit = _phrase_before(text, atom.start, tables.currency_prefix, case_sensitive=True)
    if hit:
        atom.currency, atom.cur_start = tables.currency_prefix[hit[0]], hit[1]
    pct = _phrase_after(text, atom.end, _PERCENT_AFTER)
    if pct and (pct[0] != "%" or text[atom.end:pct[1]].strip() == "%"):
        atom.percent, atom.unit_end = True, pct[1]
        return
    # words ("roubles") match in any case, codes ("USD") only in capitals
    hit = (_phrase_after(text, atom.end, [p for p in tables.currency_suffix if p.islower()])
           or _phrase_after(text, atom.end, [p for p in tables.currency_suffix if not p.islower()], case_sensitive=True))
    if hit:
        atom.currency, atom.unit_end = tables.currency_suffix[hit[0]], hit[1]


def _is_year(atom: _Atom, text: str, tables: UnitTables) -> bool:
    if atom.currency or atom.percent or "," in atom.surface or "." in atom.surface or not atom.surface.isdigit():
        return False
    if not (YEAR_RANGE[0] <= atom.value <= YEAR_RANGE[1]) or len(atom.surface) != 4:
        return False
    # "2000 troops" counts; "in 2000 the treaty..." is a year
    nxt = _word_after(text, atom.end).lower()
    return not (nxt in tables.units or nxt.rstrip("s") in tables.units)


def _in_entity(parsed, start: int, end: int, labels: tuple[str, ...]) -> bool:
    # token-level entity tags: cheap, where building ``parsed.ents`` spans per number is not
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and all(t.ent_type_ in labels for t in span)


def _followed_by_time_unit(text: str, end: int) -> bool:
    w = _word_after(text, end).lower().lstrip("-").rstrip("s")
    return w in TIME_UNITS or w.split("-")[0] in TIME_UNITS


def _is_headline_label(text: str, atom: _Atom) -> bool:
    """A number opening a title-cased line without final punctuation: a listicle title ("7 Ways ...")."""
    line_start = text.rfind("\n", 0, atom.left) + 1
    lead = text[line_start:atom.left].strip()
    if lead and not re.search(r"[:|–—]$", lead):  # "Read more: 5 Things ..."
        return False
    line_end = text.find("\n", atom.right)
    line = text[atom.left:line_end if line_end >= 0 else len(text)].strip()
    if not line or line[-1] in ".!?\"”'’:" :
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


_ADDRESS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Place|Boulevard|Blvd\.|Lane|Drive|Square|Way)\b")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s$")


def is_reference_number(text: str, start: int, end: int) -> bool:
    """A number that names rather than counts: a street address ("2134 Caldwell Place"),
    or a model or resolution code after an acronym ("GTX 1660", "UNSCR 2231")."""
    return bool(_ADDRESS_AFTER.match(text, end) or _ACRONYM_BEFORE.search(text[max(0, start - 12):start]))


def _label_reason(text: str, atom: _Atom, tables: UnitTables, parsed, sent_start: int) -> str | None:
    """Why the number is a name or reference rather than an amount, or None."""
    if atom.cur_start is None and is_reference_number(text, atom.start, atom.end):
        return "address or code ('2134 Caldwell Place', 'GTX 1660')"
    before = text[max(0, atom.start - 2):atom.start]
    after = text[atom.end:atom.end + 3]
    if atom.cur_start is None and re.search(r"[A-Za-z]-?$|[#№]$", before):
        return "attached to letters (Su-27, G7, #3)"
    if re.match(r"\s?[x×X*]\s?\d", after) or re.search(r"\d\s?[x×X*]\s?$", text[max(0, atom.start - 4):atom.start]):
        return "dimension or plan label (10x20)"
    if re.match(r"[\s-]?(?:mm\b|millimet)", text[atom.end:atom.end + 12], re.IGNORECASE) and not atom.currency:
        return "calibre"
    if re.match(r"[-\s]years?[-\s]old", text[atom.end:atom.end + 12], re.IGNORECASE):
        return "age"
    if re.match(r"\.\d", after):
        return "version or section number (1.2.3)"
    vote = _in_vote_tally(text[max(sent_start, atom.start - 60):atom.start], tables)  # a vote counts voters
    if (re.match(r"[-–]\d{1,3}\b(?![.,]\d|\s*%)", after) and atom.surface.isdigit() and not atom.currency
            and int(re.match(r"[-–](\d+)", after).group(1)) <= atom.value < 1000 and not vote):
        return "score or vote tally (3-1, 98-0)"
    if (re.search(r"\b(\d{1,3})[-–]$", before + "") and atom.surface.isdigit() and not vote
            and int(re.search(r"(\d+)[-–]$", text[max(0, atom.start - 5):atom.start]).group(1)) >= atom.value):
        return "score or vote tally (3-1, 98-0)"
    if re.match(r":\d", after) or before.endswith(":") or re.match(r"/\d", after) or before.endswith("/"):
        return "ratio, score or reference (3:2, 24/7)"
    if re.match(r"[-\s](?:thirds?|quarters?|halves|fifths?|sixths?|eighths?|tenths?)\b", text[atom.end:atom.end + 10], re.IGNORECASE):
        return "fraction (two-thirds)"
    if (atom.surface.isdigit() and atom.value < MAX_AGE and re.search(r"[A-Z][\w.'’-]*,\s?$|[A-Z][\w.'’-]*\s\($", text[max(0, atom.start - 30):atom.start])
            and re.match(r"[,)]", after)):
        return "age after a name ('Kim Yo Jong, 37,')"
    if re.fullmatch(r"\d{1,2}K", atom.surface):
        return "display resolution (4K)"
    if re.fullmatch(r"0\d+", atom.surface):
        return "leading zero: a code or clock time (0600)"
    if before.endswith(("[", "(")) and after.startswith(("]", ")")):
        return "footnote marker or bracketed reference ((5), [3])"
    line_start = text.rfind("\n", 0, atom.start) + 1
    if not text[line_start:atom.left].strip() and re.match(r"[.)]\s", after):
        return "list item number"
    hyphenated = re.match(r"-([A-Za-z]+)\b", text[atom.end:atom.end + 20])
    if hyphenated and not atom.currency and hyphenated.group(1).lower() != "plus":
        word = hyphenated.group(1).lower()
        if not (word.rstrip("s") in TIME_UNITS or word in HYPHEN_PERSON_WORDS or word in tables.units or word.rstrip("s") in tables.units):
            return f"compound adjective ('-{word}')"
    prev = _word_before(text, atom.left).lower()
    if (prev in tables.label_before or prev.endswith("s") and prev[:-1] in tables.label_before) and atom.cur_start is None:
        return f"label word {prev!r}"
    if atom.is_words and atom.surface[0].isupper() and atom.start > sent_start and text[sent_start:atom.start].strip(" \"“'‘([") != "":
        return "capitalised number word inside a name (Group of Seven)"
    if _is_headline_label(text, atom):
        return "listicle headline"
    span = parsed.char_span(atom.start, atom.end, alignment_mode="expand")
    if span is not None and len(span) and span.start > 0 and atom.cur_start is None:
        num, left = span[-1], parsed[span.start - 1]
        after_name = (left.pos_ in ("PROPN", "NOUN") and any(c.isupper() for c in left.text) and left.is_alpha
                      and not left.is_sent_start and left.lower_ not in MONTHS and left.lower_ not in WEEKDAYS
                      and left.idx + len(left.text) >= atom.start - 1)
        if after_name and (num.head == left or left.head == num or not _counted_tokens(parsed, atom.end)):
            return "number after a proper name (Article 4, Windows 11, Destiny 2)"
    return None


def _date_reason(text: str, atom: _Atom, tables: UnitTables, parsed, unit_end: int | None = None) -> str | None:
    """Why the atom is a date or a time, or None. ``unit_end`` is where the group ends: in a range
    ("adds 10 to 14 days") the time unit after the last number makes every number a duration."""
    after = atom.right if unit_end is None else unit_end
    if _followed_by_time_unit(text, after):
        return "ago" if re.match(r"\W*\w+\s+ago\b", text[after:after + 25]) else None
    if _is_year(atom, text, tables):
        return "year"
    prev, nxt = _word_before(text, atom.left).lower().rstrip("."), _word_after(text, atom.right).lower().rstrip(".")
    if prev in MONTHS or nxt in MONTHS or nxt == "of" and _word_after(text, atom.right + 3).lower() in MONTHS:
        return "day of month"
    if prev in WEEKDAYS:
        return "date after weekday"
    if not atom.currency and not atom.percent and _in_entity(parsed, atom.start, atom.end, ("DATE", "TIME")):
        return "inside a date or time"
    return None


# -- what a number counts ------------------------------------------------------------------------

_RUN_POS = {"ADJ", "NOUN", "PROPN"}
_TIME_DEICTICS = {"last", "next", "this", "past", "earlier", "later", "ago", "yesterday", "today", "tomorrow"}
_MODEL_NAME_RE = re.compile(r"[A-Z][A-Za-z]*-?\d[\w-]*|\d+(?:mm|cm)")


def _token_index_at(parsed, char: int) -> int | None:
    """Index of the token at (or just after the white space at) character ``char``, or None past the end."""
    span = parsed.char_span(char, char + 1, alignment_mode="expand")  # None past the end of the text
    return span.start if span is not None else None


def _sentence_first(parsed, i: int) -> int:
    """Index of the first token of the sentence holding token ``i`` (``Token.sent`` rebuilds every sentence)."""
    while i > 0 and not parsed[i].is_sent_start:
        i -= 1
    return i


def _sentence_end(parsed, i: int) -> int:
    """Index one past the last token of the sentence holding token ``i``."""
    n = len(parsed)
    if i >= n:
        return n
    j = i + 1
    while j < n and not parsed[j].is_sent_start:
        j += 1
    return j


def _counted_tokens(parsed, end_char: int):
    """The noun phrase right after the number: ("combat", "troops") for "11,000 combat troops"."""
    i = _token_index_at(parsed, end_char)
    if i is None:
        return []
    # "10,000 of its soldiers": the pobj of an "of" that follows directly
    if i < len(parsed) and parsed[i].lower_ == "of":
        j = i + 1
        while j < len(parsed) and parsed[j].pos_ in ("DET", "PRON") and parsed[j].lower_ not in ("them", "us", "it"):
            j += 1
        i = j
    run = []
    sent_end = _sentence_end(parsed, i)
    while i < sent_end and len(run) < MAX_COUNTED_TOKENS:
        t = parsed[i]
        if t.lower_ in _TIME_DEICTICS:  # "at about 10,000 last week": a date follows, not a noun
            break
        if _MODEL_NAME_RE.fullmatch(t.text):  # "48 FA-50 light attack aircraft", "180 K2 tanks"
            run.append(t)
            i += 1
            # "100 KN-23 and KN-24 missiles": coordinated model names
            while (i + 1 < sent_end and parsed[i].lower_ in ("and", "or", ",", "/")
                   and _MODEL_NAME_RE.fullmatch(parsed[i + 1].text)):
                run += [parsed[i], parsed[i + 1]]
                i += 2
        elif t.like_num and i + 1 < sent_end and parsed[i + 1].lower_ in ("mm", "cm"):  # "170 mm howitzers"
            run += [t, parsed[i + 1]]
            i += 2
        elif t.pos_ in _RUN_POS or t.dep_ in ("amod", "compound") and t.pos_ in ("VERB", "ADJ", "NOUN", "PROPN"):
            run.append(t)
            # a plural noun ends the phrase unless it modifies the next noun ("arms shipments")
            if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound":
                break
            i += 1
        elif t.text == "-" and run and i + 1 < sent_end and (parsed[i + 1].pos_ in _RUN_POS
                                                             or parsed[i + 1].dep_ in ("amod", "compound")):
            run.append(t)
            i += 1
        else:
            break
    while run and run[-1].pos_ not in ("NOUN", "PROPN"):
        run.pop()
    # "50 units of self-propelled howitzers": the thing counted is after "of"
    if run and run[-1].lemma_.lower() in CONTAINER_NOUNS and run[-1].i + 1 < len(parsed) and parsed[run[-1].i + 1].lower_ == "of":
        of = parsed[run[-1].i + 1]
        tail = _counted_tokens(parsed, of.idx)
        if tail:
            run = run + tail
    return run


_TOTAL_NOUNS = {"number", "total", "count", "tally", "toll", "strength", "size"}


def _counted_by_reference(parsed, start_char: int):
    """ "put the number of North Korean troops at about 10,000": the noun phrase named by
    "number of ..." earlier in the same sentence."""
    span = parsed.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return []
    num = span[0]
    for t in reversed(list(parsed[_sentence_first(parsed, num.i):num.i])):
        if t.lower_ in _TOTAL_NOUNS:
            of = next((c for c in t.children if c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is None or pobj.pos_ not in ("NOUN", "PROPN"):
                return []
            first = pobj.left_edge.i
            while first < pobj.i and (parsed[first].pos_ in ("DET", "PRON") or parsed[first].dep_ == "poss"):
                first += 1
            return list(parsed[first:pobj.i + 1])
    return []


def _members_are_states(head, tables: UnitTables) -> bool:
    """'the alliance's 32 members', '15 members of the Security Council': the members of a body of
    states are states (count), unlike the members of a parliament or a party (people)."""
    bodies = tables.context.get("state_body", frozenset())
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]  # "the bloc's", "Security Council members"
    owners += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for owner in owners:
        words = [t.lower_ for t in owner.subtree if t.i <= owner.i and not t.is_punct and t.pos_ != "DET"]
        if owner.lower_ in bodies or owner.lemma_.lower() in bodies or " ".join(words) in bodies:
            return True
    return False


def _unit_of(run, tables: UnitTables) -> str:
    if not run:
        return "count"
    head = run[-1]
    doc = head.doc
    if head.lemma_.lower() == "member" and _members_are_states(head, tables):
        return "count"
    if head.i + 2 < len(doc) and doc[head.i + 1].lower_ == "of" and doc[head.i + 2].pos_ == "NOUN":
        key = f"{head.lemma_.lower()} of {doc[head.i + 2].lemma_.lower()}"  # "200 pieces of artillery"
        if key in tables.units:
            return tables.units[key]
    # the longest listed phrase first: "armoured personnel carriers" is a vehicle, not people
    for n in (3, 2):
        if len(run) >= n:
            key = " ".join([t.lower_ for t in run[-n:-1]] + [head.lemma_.lower()])
            if key in tables.units:
                return tables.units[key]
    for key in (head.lower_, head.lemma_.lower(), head.lower_.rstrip("s")):
        if key in tables.units:
            return tables.units[key]
    if head.tag_ == "NNPS" or head.ent_type_ == "NORP":  # "10,000 North Koreans"
        return "person"
    return "count"


def _noun_phrase(noun) -> list:
    """A noun with its compound and adjective modifiers: 'Chinese military aircraft'."""
    lo = noun.i
    while lo > 0 and noun.doc[lo - 1].dep_ in ("compound", "amod") and noun.doc[lo - 1].head.i <= noun.i \
            and noun.doc[lo - 1].head.i >= lo - 1:
        lo -= 1
    return list(noun.doc[lo:noun.i + 1])


def _in_vote_tally(before: str, tables: UnitTables) -> bool:
    """The text before a number ends in a vote word ("a vote of", "voted", "voted 412-"): a tally of voters."""
    tally = tables.context.get("tally")
    if not tally:
        return False
    words = "|".join(re.escape(w) for w in sorted(tally, key=len, reverse=True))
    link = r"(?:\s+(?:of|by|was|were|is|a|an|the|final|margin))*\s*"
    return bool(re.search(rf"\b(?:{words}){link}(?:[\d,]+\s*(?:to|-|\u2013)\s*)?$", before, re.IGNORECASE))


def _context_unit(text: str, parsed, first: _Atom, last: _Atom, tables: UnitTables):
    """What a bare number counts when no noun follows it, read from its clause: (unit, counted tokens)
    or None. A vote tally counts voters; "111 of which" counts its antecedent; "the toll ... 150,000"
    and "displaced 2 million" count people; "2 million from their homes" too."""
    ctx = tables.context
    span = parsed.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    num = span[-1]
    sent_start = parsed[_sentence_first(parsed, num.i)].idx
    before = text[max(sent_start, first.left - 60):first.left]
    if _in_vote_tally(before, tables):
        return "person", []
    relative = re.match(r"\s+of\s+(which|whom)\b", text[last.right:last.right + 12])
    if relative:
        node = num
        for _ in range(4):
            if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
                phrase = _noun_phrase(node.head)
                return _unit_of(phrase, tables), phrase
            if node.head.i == node.i:
                break
            node = node.head
        return ("person", []) if relative.group(1).lower() == "whom" else None
    lo = max(_sentence_first(parsed, num.i), num.i - TOTAL_NOUN_WINDOW)
    if any(t.lemma_.lower() in ctx.get("people_total", ()) for t in parsed[lo:num.i]):
        return "person", []
    node = num
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in ctx.get("people_verb", ()):
        return "person", []
    place = re.match(r"\s+from\s+their\s+([a-z]+)", text[last.right:last.right + 30])
    if place and place.group(1) in ctx.get("people_place", ()):
        return "person", []
    return None


def _rate(parsed, text: str, pos: int, tables: UnitTables) -> str | None:
    """The rate denominator after ``pos`` ("each per month", "a year", "per soldier", "monthly")."""
    window = text[pos:pos + 40]
    m = re.match(r"(?:,?\s*(?:each|apiece))?[\s-]*(per|a|an|every|each)[\s-]+([A-Za-z]+)(?:\s+([A-Za-z]+))?", window, re.IGNORECASE)
    if m:
        word = m.group(2).lower()
        if m.group(3) and m.group(1).lower() == "per":  # "per diluted share": the noun, not its adjective
            tok = parsed.char_span(pos + m.start(2), pos + m.end(2), alignment_mode="expand")
            if tok is not None and len(tok) and tok[0].pos_ in ("ADJ", "VERB"):
                word = m.group(3).lower()
        singular = word[:-1] if word.endswith("s") and word[:-1] in TIME_UNITS else word
        if singular in TIME_UNITS or m.group(1).lower() == "per" or singular in ("head", "capita"):
            if singular in ("head", "capita"):
                singular = "person"
            return singular
    hit = _phrase_after(text, pos, tables.per_words)
    if hit:
        return tables.per_words[hit[0]]
    return None


# -- the stage ------------------------------------------------------------------------------------

def _sentence_start(parsed, char: int) -> int:
    span = parsed.char_span(char, char + 1, alignment_mode="expand")
    return parsed[_sentence_first(parsed, span[0].i)].idx if span is not None and len(span) else 0


def _atoms(text: str, parsed, tables: UnitTables) -> list[_Atom]:
    excluded = _excluded_spans(text)
    atoms = []
    for start, end, surface, value in find_numbers(text):
        if _overlaps(excluded, start, end):
            continue
        atom = _Atom(start, end, surface, value)
        _read_atom_units(text, atom, tables)
        atoms.append(atom)
    return atoms


def _groups(text: str, atoms: list[_Atom]) -> list[list[_Atom]]:
    """Neighbouring atoms joined into ranges ("22-24%", "between 3,000 and 5,000") or kept alone."""
    groups: list[list[_Atom]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = text[a.right:b.left]
            between = _phrase_before(text, a.left, ("between",)) is not None
            # "rose from 5% to 7%" reports a change: two values, not a range
            change = _phrase_before(text, a.left, ("from",)) is not None
            # a range writes its unit once at the end ("22-24%") or on both ends ("$1m to $2m");
            # "fell 0.4% to 1,390" is two different things
            kind_a, kind_b = ("percent" if a.percent else a.currency), ("percent" if b.percent else b.currency)
            units_agree = (kind_a == kind_b or kind_a is None
                           or kind_b is None and a.unit_end is None)  # "$40-50 billion", not "fell 0.4% to 1,390"
            increasing = a.value < b.value or (not has_scale(a.surface) and has_scale(b.surface))
            if (increasing and units_agree and not change and _RANGE_JOIN.fullmatch(gap)
                    or between and _AND_JOIN.fullmatch(gap)) and "\n" not in gap:
                groups.append([a, b])
                i += 2
                continue
        groups.append([a])
        i += 1
    return groups


@dataclass(frozen=True)
class _Reading:
    """A number expression read in context, before it becomes a Quantity or a hint."""
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    counted: str | None
    per: str | None
    bound: str | None


def _counted_reason(text: str, group: list[_Atom], values: list[float], counted_run, currency: bool,
                    percent: bool, hyphenated: bool, tables: UnitTables) -> str | None:
    """Why what follows the number shows it is not an amount ("20 times the wage", "737 Max jet"), or None."""
    first, last = group[0], group[-1]
    if counted_run and counted_run[-1].lower_ == "times" and re.match(
            r"\s+(?:the|as|more|less|higher|lower|larger|bigger|smaller|greater|that|what)\b", text[counted_run[-1].idx + 5:counted_run[-1].idx + 20]):
        return "multiplier ('20 times the wage')"
    if not currency and counted_run and counted_run[-1].tag_ == "NNP" and not _MODEL_NAME_RE.fullmatch(counted_run[-1].text):
        return "number before a singular proper name (an address or a title)"
    if not (currency or percent) and (_PROPORTION.match(text[last.right:last.right + 14])
                                      or _PROPORTION_BEFORE.search(text[max(0, first.left - 20):first.left])):
        return "proportion ('3 out of 4', '1 in 5')"
    if (not currency and not percent and counted_run and counted_run[-1].tag_ == "NN" and values[-1] != 1
            and re.fullmatch(r"[\d,]+", first.surface) and not hyphenated and counted_run[-1].lower_ not in MASS_NOUNS
            and (_unit_of(counted_run, tables) not in ("count", "duration") or counted_run[-1].lower_ not in tables.units)):
        return "number before a singular noun: a model or label ('737 Max jet', 'the 777 program')"
    if (counted_run and counted_run[-1].tag_ == "NNPS" and counted_run[-1].ent_type_ != "NORP"
            and not _MODEL_NAME_RE.fullmatch(counted_run[-1].text)):
        return "number in a title ('The 7 Habits of ...')"
    if counted_run and counted_run[-1].ent_type_ in PLACE_ENTITY_LABELS:
        return "counts places by name ('two Koreas')"
    return None


def _read_group(text: str, parsed, group: list[_Atom], tables: UnitTables) -> _Reading | str:
    """The reading of a group, or the reason it is not an amount."""
    first, last = group[0], group[-1]
    sent_start = _sentence_start(parsed, first.start)
    for atom in group:
        reason = (_label_reason(text, atom, tables, parsed, sent_start)
                  or _date_reason(text, atom, tables, parsed, last.right if len(group) > 1 else None))
        if reason:
            return reason
    values = [a.value for a in group]
    if len(group) == 2:
        # "1-2 million", "between 3 and 5 billion": the scale written once applies to both
        if not has_scale(first.surface) and has_scale(last.surface) and values[0] < values[1] / 10:
            values[0] *= scale_of(last.surface)
        if values[0] >= values[1]:
            return "not an increasing range"
    prev = _word_before(text, first.left).lower()
    hyphenated = re.match(r"-([A-Za-z]+)\b", text[last.end:last.end + 20])
    hyphen_word = hyphenated.group(1).lower() if hyphenated and hyphenated.group(1).lower() != "plus" else None
    if first.is_words and len(group) == 1 and not hyphen_word:
        if first.value == 1 and not has_scale(first.surface):
            return "'one' as a pronoun or article"
        if first.value == 0:
            return "'zero' as a word ('zero in on', 'zero tolerance')"
        if prev in ANAPHORIC_DETERMINERS and first.value <= ANAPHORIC_MAX:
            return "anaphoric ('the two Koreas')"
        vague = _phrase_before(text, first.left, tables.vague_before)
        if vague and re.fullmatch(r"(?i)(?:hundred|thousand|million|billion|trillion|dozen)", first.surface):
            return "vague"
    currency = next((a.currency for a in group if a.currency), None)
    percent = any(a.percent for a in group)
    end = max(a.right for a in group)
    attached_plus = re.match(r"(?:\+|-plus\b)", text[end:end + 5])
    if attached_plus:  # "20,000-plus", "10,000+"
        end += attached_plus.end()
    hyphen_unit = None
    if hyphen_word and not currency and not percent:  # "a 10,000-strong force", "a two-day summit"
        end = last.end + hyphenated.end()
        if hyphen_word in HYPHEN_PERSON_WORDS:
            hyphen_unit = "person"
        else:
            singular = hyphen_word[:-1] if hyphen_word.endswith("s") else hyphen_word
            hyphen_unit = "duration" if singular in TIME_UNITS else tables.units.get(hyphen_word, tables.units.get(singular))
    counted_run = [] if currency or percent else _counted_tokens(parsed, end)
    if not counted_run and not (currency or percent):  # "1,200 wounded", "40 dead": participles naming people
        i = _token_index_at(parsed, end)
        nxt = parsed[i] if i is not None and i < len(parsed) else None
        if nxt is not None and nxt.idx - end <= 1 and tables.units.get(nxt.lower_) == "person":
            counted_run = [nxt]
    reason = _counted_reason(text, group, values, counted_run, bool(currency), percent, bool(hyphen_unit), tables)
    if reason:
        return reason
    if not counted_run and not currency and not percent:
        counted_run = _counted_by_reference(parsed, first.left)
    context_unit = None
    if not counted_run and not currency and not percent and not hyphen_unit:
        found = _context_unit(text, parsed, first, last, tables)
        if found is not None:
            context_unit, counted_run = found
    money_for = re.match(r"\s+(?:in|of|worth\s+of)\s+(?!the\b|a\b|an\b|\d)", text[end:end + 16]) if currency else None
    if money_for:  # "$2 billion in military aid": what the money is, kept as counted
        counted_run = _counted_tokens(parsed, end + money_for.end())
        counted_run = [t for t in counted_run if t.lower_ not in tables.currency_suffix]
        if counted_run and counted_run[-1].pos_ == "PROPN":  # "$5 billion in Ukraine": a place, not a purpose
            counted_run = []
    if currency:
        unit = currency
    elif percent:
        unit = "percent"
    elif hyphen_unit:
        unit = hyphen_unit
    elif context_unit and not counted_run:
        unit = context_unit
    else:
        unit = _unit_of(counted_run, tables)
    counted = text[counted_run[0].idx:counted_run[-1].idx + len(counted_run[-1].text)] if counted_run else None
    if hyphen_unit and hyphen_unit != "person":
        counted, counted_run = hyphen_word, []
    # the rate follows the counted noun when that comes after the number ("5,000 tonnes a week")
    after_counted = max(end, counted_run[-1].idx + len(counted_run[-1].text)) if counted_run else end
    per = _rate(parsed, text, after_counted, tables)
    of_phrase = re.match(r"\s+of(?:\s+[A-Za-z-]+){1,2}?(?=\s+(?:per|a|an|every|each)\s)", text[after_counted:after_counted + 40])
    if per is None and of_phrase:  # "5,000 tonnes of fuel a week"
        per = _rate(parsed, text, after_counted + of_phrase.end(), tables)
    start = first.left
    bound = None
    cue_start = first.left
    if _phrase_before(text, first.left, ("between", "from")) is None or len(group) == 1:
        hit = _phrase_before(text, first.left, tables.bounds_before)
        # "over two spells", "under three managers": prepositions, unless before digits or a scale
        weak = hit and hit[0] in ("over", "under", "within", "above", "below") and (
            unit == "duration" or first.is_words and not has_scale(first.surface))
        if hit and not weak:
            bound, cue_start = tables.bounds_before[hit[0]], hit[1]
    if bound is None:
        if attached_plus:
            bound = "at_least"
        else:
            hit = _phrase_after(text, after_counted, tables.bounds_after)
            if hit and hit[0] != "plus":
                bound = tables.bounds_after[hit[0]]
    return _Reading(start=min(start, cue_start), end=end, value=values[0],
                    value_max=values[1] if len(values) > 1 else None,
                    unit=unit, counted=counted, per=per, bound=bound)


def _claim_for(claims: tuple[Claim, ...], start: int, end: int) -> str | None:
    inside = [c for c in claims if c.start <= start and end <= c.end]
    return min(inside, key=lambda c: c.end - c.start).id if inside else None


def read_quantities(text: str, parsed, tables: UnitTables) -> list[_Reading]:
    """Every amount in ``text`` (parsed by spaCy as ``parsed``), in text order."""
    readings = []
    for group in _groups(text, _atoms(text, parsed, tables)):
        r = _read_group(text, parsed, group, tables)
        if isinstance(r, _Reading):
            readings.append(r)
    # "10,000 or 11,000 troops", "from 5 to 7%": a bare number takes the unit of the next one
    for i in range(len(readings) - 2, -1, -1):
        r, nxt = readings[i], readings[i + 1]
        if not _SHARED_UNIT_GAP.fullmatch(text[r.end:nxt.start]):
            continue
        if r.unit == "count" and r.counted is None:
            r = readings[i] = dataclasses.replace(r, unit=nxt.unit, counted=nxt.counted)
        if r.per is None and nxt.per and r.unit == nxt.unit:
            readings[i] = dataclasses.replace(r, per=nxt.per)
    # "rise to 13.5 trillion roubles from 10.4 trillion": ... or of the one it is compared with
    for i in range(1, len(readings)):
        r, prev = readings[i], readings[i - 1]
        if r.unit == "count" and r.counted is None and _COMPARED_GAP.fullmatch(text[prev.end:r.start]):
            readings[i] = dataclasses.replace(r, unit=prev.unit, counted=prev.counted, per=r.per or prev.per)
    # "recruited 5,000 volunteers and hopes to enlist up to 9,000 in all": an elliptical amount counts
    # what the amount just before it counted, within its paragraph
    for i in range(1, len(readings)):
        r, prev = readings[i], readings[i - 1]
        if r.unit != "count" or r.counted is not None or not prev.counted or prev.unit not in COUNTED_UNITS:
            continue
        between = text[prev.end:r.start]
        if "\n" in between:
            continue
        span = parsed.char_span(prev.end, r.start, alignment_mode="contract")
        if span is not None and sum(1 for t in span if t.is_sent_start) > ANTECEDENT_MAX_SENTENCES:
            continue
        readings[i] = dataclasses.replace(r, unit=prev.unit, counted=prev.counted)
    return readings


def extract_quantities(document: Document, parsed, claims: tuple[Claim, ...], options: Options) -> tuple[Quantity, ...]:
    tables = load_tables(tuple(options.unit_files))
    text = document.text
    out = []
    for r in read_quantities(text, parsed, tables):
        out.append(Quantity(
            id=stable_id("qty", document.id, r.start, r.end),
            doc=document.id, value=r.value, value_max=r.value_max, unit=r.unit, per=r.per,
            counted=r.counted, approximate=r.bound is not None, claim=_claim_for(claims, r.start, r.end),
            start=r.start, end=r.end, text=text[r.start:r.end], bound=r.bound,
        ))
    return tuple(out)


# -- vague amounts: magnitude hints, never quantities -------------------------------------------

_VAGUE_SCALES = {"dozen": 12, "dozens": 12, "scores": 20, "hundred": 100, "hundreds": 100, "thousand": 1e3,
                 "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
                 "trillion": 1e12, "trillions": 1e12}
_VAGUE_RE = re.compile(
    r"(?<![\w$€£¥₩₽.,])(?:"
    r"(?:(?P<mult>tens|hundreds)\s+of\s+)?(?P<plural>dozens|scores|hundreds|thousands|millions|billions|trillions)\b"
    r"|(?P<few>a\s+few|several|some|many|a\s+couple\s+of|a\s+handful\s+of|few)\s+(?P<scale>dozen|hundred|thousand|million|billion)\b(?!\s+(?:and|or|to)\s+\d)"
    r")", re.IGNORECASE)


@dataclass(frozen=True)
class VagueReading:
    start: int
    end: int
    magnitude: float   # the order of magnitude named: "thousands" -> 1000, "tens of thousands" -> 10000
    unit: str
    counted: str | None


def read_vague_amounts(text: str, parsed, tables: UnitTables) -> list[VagueReading]:
    """ "thousands of North Korean soldiers", "a few thousand troops", "millions of dollars"."""
    out = []
    for m in _VAGUE_RE.finditer(text):
        if m.group("plural"):
            magnitude = _VAGUE_SCALES[m.group("plural").lower()]
            if m.group("mult"):
                magnitude *= 10 if m.group("mult").lower() == "tens" else 100
        else:
            magnitude = _VAGUE_SCALES[m.group("scale").lower()]
        end = m.end()
        unit, counted = "count", None
        money = _phrase_after(text, end + 3, [p for p in tables.currency_suffix if p.islower()]) \
            if text[end:end + 4].lower() == " of " else None
        if money:
            unit, end = tables.currency_suffix[money[0]], money[1]
        else:
            run = _counted_tokens(parsed, end)
            if run:
                unit = _unit_of(run, tables)
                counted = text[run[0].idx:run[-1].idx + len(run[-1].text)]
        out.append(VagueReading(m.start(), end, magnitude, unit, counted))
    return out


def extract_magnitude_hints(document: Document, parsed, claims: tuple[Claim, ...], options: Options) -> tuple:
    """Vague amounts as magnitude hints (a separate record type, so they never count as quantities)."""
    if MagnitudeHint is None:
        return ()
    tables = load_tables(tuple(options.unit_files))
    text = document.text
    return tuple(
        MagnitudeHint(id=stable_id("mag", document.id, r.start, r.end), doc=document.id, magnitude=r.magnitude,
                      unit=r.unit, counted=r.counted, claim=_claim_for(claims, r.start, r.end),
                      start=r.start, end=r.end, text=text[r.start:r.end])
        for r in read_vague_amounts(text, parsed, tables))
