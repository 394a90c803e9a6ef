"""Number atoms: every number expression of the text (:mod:`..numbers`) outside URLs, clock times and
phone numbers, with the currency or percent sign written on it; and the small text look-ups the rules share."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..numbers import find_numbers, has_scale, scale_of
from .tables import UnitTables, local_code, zone_code
from .vocab import BY_RANGE_STEP, MIN_PHONE_DIGITS, MONTHS, OR_RANGE_STEP, PERCENT_AFTER, PERCENT_GLUED_ONLY

_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+/\S+/\S+")
_PHONE_RE = re.compile(r"(?<![\d,.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{1,5}(?:[\s.-]\d{1,5}){1,5}(?![\d,])")
# clock times; "11.40 (0840GMT)": a local time glossed by its GMT time
_CLOCK_RE = re.compile(r"\b\d{1,2}[.:]\d{2}(?=\s*\(\d{3,4}\s?(?:GMT|UTC)\))|\b\d{3,4}\s?(?:GMT|UTC)\b"
                       r"|\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?!\d)|\b\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b|GMT\b|UTC\b)", re.IGNORECASE)


# -- small text look-ups ----------------------------------------------------------------------------

# a table of phrases this long or longer is looked up through an index of its phrases by their first (last)
# character, kept per table object (the tables are dicts, frozensets and tuples read once and never changed)
INDEX_MIN_PHRASES = 8
_INDEXES: dict[tuple[int, int], tuple[object, int, dict[str, list[tuple[int, str]]], list[tuple[int, str]]]] = {}


def _phrase_index(phrases, end: int):
    """``phrases`` by their character at ``end`` (0: first, -1: last) as {char: [(table position, phrase)]},
    and the empty phrases; None for a short or changeable table (a list: scan it)."""
    if not isinstance(phrases, (dict, frozenset, tuple)) or len(phrases) < INDEX_MIN_PHRASES:
        return None
    key = (id(phrases), end)
    found = _INDEXES.get(key)
    if found is None or found[0] is not phrases or found[1] != len(phrases):
        if len(_INDEXES) >= 256:
            _INDEXES.clear()
        by_char: dict[str, list[tuple[int, str]]] = {}
        empty = []
        for i, p in enumerate(phrases):
            if p:
                by_char.setdefault(p[end], []).append((i, p))
            else:
                empty.append((i, p))
        found = _INDEXES[key] = (phrases, len(phrases), by_char, empty)
    return found[2], found[3]


def _candidates(phrases, end: int, rests: list[str | None]):
    """The (phrase, gap number) pairs to test, in the order the plain loop ``for p in phrases: for gap in gaps``
    meets them: with an index, only the phrases whose first (last) character is the one beside each gap."""
    index = _phrase_index(phrases, end)
    if index is None:
        return [(p, k) for p in phrases for k in range(len(rests))]
    by_char, empty = index
    pairs = []
    for k, rest in enumerate(rests):
        if rest is not None:
            pairs.extend((i, k, p) for i, p in (by_char.get(rest[end], ()) if rest else ()))
            pairs.extend((i, k, p) for i, p in empty)
    pairs.sort()
    return [(p, k) for _i, k, p in pairs]


def phrase_before(text: str, pos: int, phrases, case_sensitive: bool = False) -> tuple[str, int] | None:
    """The longest phrase ending just before ``pos`` (one optional space), as (phrase, start)."""
    window = text[max(0, pos - 40):pos]
    base = pos - len(window)
    hay = window if case_sensitive else window.lower()
    best = None
    # the window without each gap it ends in (None: it does not end in that gap), built once, not per phrase
    gaps = ("", " ", "\u00a0")
    rests = [hay[:len(hay) - len(gap)] if hay.endswith(gap) else None for gap in gaps]
    for p, k in _candidates(phrases, -1, rests):
        gap, before_gap = gaps[k], rests[k]
        if before_gap is not None and before_gap.endswith(p):
            start = base + len(hay) - len(p) - len(gap)
            # whole words only: a letter may not run into the phrase
            if p[:1].isalnum() and start > 0 and text[start - 1].isalnum():
                continue
            if best is None or len(p) > len(best[0]):
                best = (p, start)
    return best


def phrase_after(text: str, pos: int, phrases, case_sensitive: bool = False,
                 glued: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """The longest phrase starting just after ``pos`` (one optional space), as (phrase, end); a phrase of
    ``glued`` may also be written on the number ("4pc")."""
    window = text[pos:pos + 40]
    hay = window if case_sensitive else window.lower()
    best = None
    # the window after each gap it starts with (None: it does not start with that gap), built once
    gaps = ("", " ", "\u00a0")
    rests = [hay[len(gap):] if hay.startswith(gap) else None for gap in gaps]
    for p, k in _candidates(phrases, 0, rests):
        gap, after_gap = gaps[k], rests[k]
        if after_gap is not None and after_gap.startswith(p):
            end = pos + len(gap) + len(p)
            if p[-1:].isalnum() and end < len(text) and text[end].isalnum():
                continue
            if not gap and p[:1].isalpha() and p not in glued:  # "10bn" is an abbreviation, not "10" + "bn"
                continue
            if best is None or len(p) > len(best[0]):
                best = (p, end)
    return best


def word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w.#'’-]+)\W{0,2}$", text[max(0, pos - 30):pos])
    return m.group(1) if m else ""


def opens_aside(text: str, pos: int) -> bool:
    """An opening bracket stands between the word before ``pos`` and the number at ``pos`` ("a quiet round
    (45,000 marchers)", "in May (12,000 marchers)"): the bracket opens an aside, the word does not label or
    date the number ("(category 1)", "Jun 3 (PTI)" keep their word)."""
    m = re.search(r"[\w.#'’-]+(\W{0,2})$", text[max(0, pos - 30):pos])
    return m is not None and any(c in m.group(1) for c in "([")


def word_after(text: str, pos: int) -> str:
    m = re.match(r"\W{0,2}?([\w'’-]+)", text[pos:pos + 30])
    return m.group(1) if m else ""


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """URLs and e-mail addresses, clock times and phone numbers: their digits are no amounts."""
    spans = [m.span() for m in _URL_RE.finditer(text)]
    spans += [m.span() for m in _CLOCK_RE.finditer(text)]
    for m in _PHONE_RE.finditer(text):
        if sum(c.isdigit() for c in m.group(0)) >= MIN_PHONE_DIGITS and not _spaced_amount(text, m):
            spans.append(m.span())
    return spans


def _spaced_amount(text: str, m: re.Match) -> bool:
    """ "3 118 402 voters": three-digit groups after one space each, then a word, with no "+" or
    bracket before, group thousands (a dialled number is not followed by what it counts)."""
    return (_LONG_SPACE_GROUPED.fullmatch(m.group(0)) is not None and _NOUN_NEXT_ANY.match(text, m.end()) is not None
            and not re.search(r"[+(]\s*$", text[max(0, m.start() - 2):m.start()]))


def _overlaps(spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# -- atoms ------------------------------------------------------------------------------------------

@dataclass
class Atom:
    start: int
    end: int
    surface: str
    value: float
    currency: str | None = None
    cur_start: int | None = None   # where a prefix currency begins
    unit_end: int | None = None    # end of a suffix unit ("%", "percent", "dollars")
    percent: bool = False
    currency_rule: str | None = None  # "currency-prefix currencies.tsv:3": the rule and row of the currency

    @property
    def left(self) -> int:
        return self.cur_start if self.cur_start is not None else self.start

    @property
    def right(self) -> int:
        return self.unit_end if self.unit_end is not None else self.end

    @property
    def is_words(self) -> bool:
        return not any(c.isdigit() for c in self.surface)


def _cited(rule: str, row: str | None) -> str:
    return f"{rule} {row}" if row else rule


def _hyphened_currency_word(text: str, atom: Atom, tables: UnitTables) -> tuple[str, int] | None:
    """ "a 1-million-euro donation", "a two-billion-dollar deal": a currency word hyphened to a scaled number."""
    if not has_scale(atom.surface) or text[atom.end:atom.end + 1] != "-":
        return None
    word = re.match(r"-([a-z]+)\b", text[atom.end:atom.end + 20])
    return (word.group(1), atom.end + word.end()) if word and word.group(1) in tables.currency_suffix else None


# a one-letter prefix ("N", "R", "P") is a currency only before an amount that looks like money: a scale
# ("N5bn", "P6.3 trillion"), a decimal or a digit group ("R1,500"); "N95 masks", "the P5" stay names
_LETTER_AMOUNT = r"(?=\d{1,3}(?:,\d{3})+|\d+\.\d|\d+(?:\.\d+)?\s?(?:bn|tn|mn|m|k|million|billion|trillion)\b)"


def _money_like(surface: str) -> bool:
    return has_scale(surface) or "," in surface or "." in surface


def prefix_code(text: str, surface: str, tables: UnitTables) -> str | None:
    """The ISO code of a prefix currency: a shared ("Rs", "Sh") or one-letter ("N") prefix only where the
    text names a state of its zone."""
    code = tables.currency_prefix[surface]
    if "/" in code or surface in tables.zone_prefix:
        return zone_code(text, code)
    if surface in tables.local_prefix:
        return local_code(text, tables.local_prefix[surface]) or code
    return code


_POINTS_AFTER = re.compile(r"[ \u00a0]?(points?\b)|-point[ \u00a0]+([a-z]+)")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start:end``, roughly: from the last full stop or line break before it to the next."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min([i for i in (text.find(". ", end), text.find("\n", end)) if i != -1], default=len(text))
    return text[left:right].lower()


def share_points(text: str, atom: Atom, tables: UnitTables) -> tuple[str, int] | None:
    """ "slipped by three points to 41%", "a six-point fall in its share": points of a share are percentage points
    when the sentence speaks of a share (quantity_cues.tsv point_share); "a 12-point plan", "scored 20 points"
    and "a five-point lead" in a sentence with no share are left alone ("-point" also needs a change noun,
    point_change), and so are the points of an index level ("stood at 212.4 points", point_level)."""
    m = _POINTS_AFTER.match(text, atom.end)
    if not m or (m.group(2) and m.group(2) not in tables.context.get("point_change", ())):
        return None
    sentence = _sentence(text, atom.start, atom.end)
    if not any(re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", sentence)
               for cue in tables.context.get("point_share", ())):
        return None
    before = text[max(0, atom.start - 30):atom.start].lower()
    if any(re.search(r"(?<![a-z])" + re.escape(cue) + r"\s*$", before) for cue in tables.context.get("point_level", ())):
        return None  # "the index stood at 212.4 points, up 3.1 percent": a level of the index (point_level)
    return ("percentage points", m.end(1) if m.group(1) else atom.end)


def money_word(text: str, atom: Atom, tables: UnitTables) -> tuple[str, int] | None:
    """ "donors pledged 3 million pounds": a currency name that is also a measure (currencies.tsv ``suffix_money``)
    is money when its sentence speaks of money (quantity_cues.tsv ``money_context``) and no "of" names what is
    weighed after it ("800 pounds of beans")."""
    hit = phrase_after(text, atom.end, tables.money_suffix) if tables.money_suffix else None
    if not hit or re.match(r"\s+of\b", text[hit[1]:hit[1] + 5], re.IGNORECASE):
        return None
    sentence = _sentence(text, atom.start, atom.end)

    def says(role: str) -> bool:
        return any(re.search(r"(?<![a-z])" + re.escape(cue) + r"(?![a-z])", sentence)
                   for cue in tables.context.get(role, ()))
    # "the bag, sold at a low price, weighed 20 pounds": a word of weight (weight_context) keeps the measure
    return hit if says("money_context") and not says("weight_context") else None


_SUFFIXES: dict[int, tuple] = {}  # id of a table set -> (the tables, its lower-case suffix words, its other suffixes)


def _currency_suffixes(tables: UnitTables) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The currency suffixes matched in any case (lower-case words) and those matched as written, in table
    order; split once per table set, not per number, into tuples (which ``phrase_after`` looks up through an
    index of their first characters: a list is scanned whole)."""
    got = _SUFFIXES.get(id(tables))
    if got is None or got[0] is not tables:
        got = _SUFFIXES[id(tables)] = (tables, tuple(p for p in tables.currency_suffix if p.islower()),
                                       tuple(p for p in tables.currency_suffix if not p.islower()))
    return got[1], got[2]


def _glued_percent(text: str, atom: Atom, glued: frozenset[str]) -> tuple[str, int] | None:
    """ "rose 4pc": a percent abbreviation of ``PERCENT_GLUED_ONLY`` written on the digits (a listed ``glued_unit``)."""
    hit = phrase_after(text, atom.end, [p for p in PERCENT_GLUED_ONLY if p in glued], glued=glued)
    return hit if hit and hit[1] == atom.end + len(hit[0]) else None


def read_atom_units(text: str, atom: Atom, tables: UnitTables) -> None:
    """The currency written before the number ("$", "US$"), else the percent or currency after it."""
    hit = phrase_before(text, atom.start, tables.currency_prefix, case_sensitive=True)
    code = prefix_code(text, hit[0], tables) if hit else None
    if code and len(hit[0]) == 1 and hit[0].isalpha() and not _money_like(atom.surface):
        code = None
    if code:
        atom.currency, atom.cur_start = code, hit[1]
        local = hit[0] in tables.local_prefix and code != tables.currency_prefix[hit[0]]
        atom.currency_rule = (_cited("currency-local-prefix", tables.source("local", hit[0])) if local
                              else _cited("currency-prefix", tables.source("prefix", hit[0])))
    glued = tables.context.get("glued_unit", frozenset())
    pct = (phrase_after(text, atom.end, PERCENT_AFTER, glued=glued) or _glued_percent(text, atom, glued)
           or share_points(text, atom, tables))
    if pct and (pct[0] != "%" or text[atom.end:pct[1]].strip() == "%"):
        atom.percent, atom.unit_end = True, pct[1]
        return
    # words ("roubles") match in any case, codes ("USD") only in capitals
    words, codes = _currency_suffixes(tables)
    hit = (phrase_after(text, atom.end, words)
           or phrase_after(text, atom.end, codes, case_sensitive=True)
           or _hyphened_currency_word(text, atom, tables))
    code, how = (tables.currency_suffix[hit[0]] if hit else None), "currency-suffix"
    if not hit:
        hit, how = money_word(text, atom, tables), "currency-money-word"
        code = tables.money_suffix[hit[0]] if hit else None
    if code and "/" in code:  # "CFA francs": one name, two codes; the states the text names decide
        code = zone_code(text, code)
    if code:
        atom.currency, atom.unit_end = code, hit[1]
        atom.currency_rule = _cited(how, tables.source("suffix", hit[0]))


_GLUABLE: dict[int, tuple[dict, int, tuple[str, ...]]] = {}  # id(prefix table) -> (table, size, its gluable prefixes)


def _gluable_prefixes(table: dict) -> tuple[str, ...]:
    """The prefixes of ``table`` that can be glued to digits (ending in a letter, digit or full stop), in table
    order, kept per table object (the tables are read once and never changed; see ``_phrase_index``)."""
    found = _GLUABLE.get(id(table))
    if found is None or found[0] is not table or found[1] != len(table):
        if len(_GLUABLE) >= 16:
            _GLUABLE.clear()
        found = _GLUABLE[id(table)] = (table, len(table),
                                       tuple(s for s in table if s[-1:].isalnum() or s.endswith(".")))
    return found[2]


@lru_cache(maxsize=64)
def _unglue_pattern(glued: tuple[str, ...]) -> re.Pattern:
    """The pattern ``unglue_prefixes`` blanks for these prefixes (most texts ask for the same few sets)."""
    letters = "|".join(re.escape(s) for s in glued if len(s) == 1)
    longer = "|".join(re.escape(s) for s in sorted(glued, key=len, reverse=True) if len(s) > 1)
    pattern = "|".join(p for p in (rf"(?:{longer})(?=\d)" if longer else "",
                                    rf"(?:{letters}){_LETTER_AMOUNT}" if letters else "") if p)
    return re.compile(rf"(?<![\w.])(?:{pattern})")


def unglue_prefixes(text: str, tables: UnitTables) -> str:
    """``text`` with each letter prefix currency glued to its digits ("Sh4.2 trillion", "SR101bn", "Ksh.5m")
    blanked out, so that the number reader, which reads no digits glued to letters, finds the amount; the
    prefix is read back from ``text`` itself."""
    glued = tuple(s for s in _gluable_prefixes(tables.currency_prefix) if prefix_code(text, s, tables))
    if not glued:
        return text
    return _unglue_pattern(glued).sub(lambda m: " " * len(m.group(0)), text)


def unglue_units(text: str, tables: UnitTables) -> str:
    """``text`` with each unit abbreviation of quantity_cues.tsv's ``glued_unit`` rows written on its digits
    ("30km", "80mm", "4pc") blanked out, so that the number reader finds the number; the unit is read back from
    ``text`` itself (the parser splits "30km" as it splits "30 km")."""
    glued = tables.context.get("glued_unit")
    if not glued:
        return text
    alt = "|".join(re.escape(s) for s in sorted(glued, key=len, reverse=True))
    return re.sub(rf"(?<=\d)(?:{alt})(?!\w)", lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)


def find_atoms(text: str, tables: UnitTables) -> list[Atom]:
    """Every number of ``text`` outside URLs, clock times and phone numbers, with its currency or percent."""
    excluded = excluded_spans(text)
    atoms = []
    for start, end, surface, value in find_numbers(unglue_units(unglue_prefixes(text, tables), tables)):
        if _overlaps(excluded, start, end):
            continue
        atom = Atom(start, end, surface, value)
        read_atom_units(text, atom, tables)
        atoms.append(atom)
    atoms = _decimal_comma_percents(text, atoms, excluded, tables)
    atoms = _split_decimal_percents(text, atoms, excluded, tables)
    return join_scale_chain(text, join_space_grouped(text, atoms))


# "52,47%", "61,5 %": a comma before one or two digits and a percent sign is a decimal comma (a thousands comma
# is always followed by three digits); the number reader, which reads English numbers, finds none there
_DECIMAL_COMMA_PERCENT = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?![\d,])(?=[ \u00a0]?(?:%|percent\b|per cent\b))")


def _decimal_comma_percents(text: str, atoms: list[Atom], excluded, tables: UnitTables) -> list[Atom]:
    found = []
    for m in _DECIMAL_COMMA_PERCENT.finditer(text):
        if _overlaps(excluded, m.start(), m.end()) or any(a.start < m.end() and m.start() < a.right for a in atoms):
            continue
        atom = Atom(m.start(), m.end(), m.group(0), float(f"{m.group(1)}.{m.group(2)}"))
        read_atom_units(text, atom, tables)
        if atom.percent:
            found.append(atom)
    return sorted(atoms + found, key=lambda a: a.start) if found else atoms


# "at 5, 1%", "and 4 .9%": a decimal comma or point with a stray space beside it, one or two digits after it and a
# percent after those; the number reader reads two numbers there ("5" and "1%"). A space before a point never ends
# a sentence, so " ." joins; a comma followed by a space also separates list items ("5, 10 and 15%") and clauses
# ("over 65, 9% said"), so ", " joins one digit only, after a word that leads a value (quantity_cues.tsv
# split_decimal_lead: "at 5, 1%") and with no list item before ("3, 4, 5%")
_SPLIT_DECIMAL_PERCENT = re.compile(
    r"(?<![\d,.])(?<![\d,.][ \u00a0])(?P<whole>\d{1,3})(?:(?P<space_point>[ \u00a0]\.)(?=\d{1,2}(?!\d))|[ \u00a0],(?=\d{1,2}(?!\d))"
    r"|(?P<comma_space>,[ \u00a0])(?=\d(?!\d)))(?P<frac>\d{1,2})(?![\d,.])(?=[ \u00a0]?(?:%|percent\b|per cent\b))")


def _split_decimal_percents(text: str, atoms: list[Atom], excluded, tables: UnitTables) -> list[Atom]:
    found = []
    leads = tables.context.get("split_decimal_lead", frozenset())
    for m in _SPLIT_DECIMAL_PERCENT.finditer(text):
        if _overlaps(excluded, m.start(), m.end()):
            continue
        if m.group("comma_space") and word_before(text, m.start()).lower() not in leads:
            continue
        parts = [a for a in atoms if a.start < m.end() and m.start() < a.end]
        # the pieces the reader found ("5" and "1%"; only "61" of "61 ,5%"): no money, no unit before the fraction
        if not parts or any(a.currency or a.unit_end is not None and a.end < m.end() for a in parts):
            continue
        atom = Atom(m.start(), m.end(), m.group(0), float(f"{m.group('whole')}.{m.group('frac')}"))
        read_atom_units(text, atom, tables)
        if atom.percent:
            found.append((parts, atom))
    if not found:
        return atoms
    drop = {id(a) for parts, _ in found for a in parts}
    return sorted([a for a in atoms if id(a) not in drop] + [atom for _, atom in found], key=lambda a: a.start)


# "12 million 305 thousand 417": scaled parts written one after the other, each smaller than the scale before
_CHAIN_GAP = re.compile(r"[ \u00a0]")


def _chains(text: str, a: Atom, b: Atom) -> bool:
    tail = " ".join(a.surface.split()[-2:])  # "305 thousand" of "12 million 305 thousand"
    if not has_scale(tail) or a.is_words or b.is_words or a.percent or a.unit_end is not None:
        return False
    if b.cur_start is not None or b.percent or not _CHAIN_GAP.fullmatch(text[a.end:b.start]):
        return False
    last_scale = scale_of(tail)
    # plain digits end a chain only after "thousand" ("305 thousand 417"); "1 million 155 mm shells" is two numbers
    small = has_scale(b.surface) or (b.surface.isdigit() and len(b.surface) <= 3 and last_scale == 1000)
    return small and b.value < last_scale


def join_scale_chain(text: str, atoms: list[Atom]) -> list[Atom]:
    """Scaled parts of one number written in a row ("4 million 62 thousand 15") read as one number."""
    joined: list[Atom] = []
    for atom in atoms:
        prev = joined[-1] if joined else None
        if prev is not None and _chains(text, prev, atom):
            joined[-1] = Atom(prev.start, atom.end, text[prev.start:atom.end], prev.value + atom.value,
                              atom.currency, None, atom.unit_end, atom.percent, atom.currency_rule)
            continue
        joined.append(atom)
    return joined


# "2 400 volunteers": a text that groups thousands with a plain space and never with a comma
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
_SPACE_GROUP_GAP = re.compile(r"[ \u00a0]")
_NOUN_NEXT = re.compile(r"[ \u00a0]+[a-z]")


def _space_grouped(text: str, a: Atom, b: Atom) -> bool:
    """``b`` is the next three-digit group of ``a``: one space between, a plain word after, no date before."""
    return (a.surface.isdigit() and len(a.surface) <= 3 and a.currency is None and not a.percent
            and b.surface.isdigit() and len(b.surface) == 3 and b.cur_start is None
            and _SPACE_GROUP_GAP.fullmatch(text[a.end:b.start]) is not None
            and _NOUN_NEXT.match(text, b.right) is not None
            and word_before(text, a.start).lower().rstrip(".") not in MONTHS)


_NOUN_NEXT_ANY = re.compile(r"[ \u00a0]+[^\W\d]")
# "3 118 402 voters": two or more three-digit groups after the first, each after one space; no date,
# label or pair of amounts is written so, so they group digits even in a text that also uses commas
_LONG_SPACE_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0]\d{3}){2,}(?![\d,.]?\d)")


def join_space_grouped(text: str, atoms: list[Atom]) -> list[Atom]:
    """Digit groups split by a plain space ("sent 2 400 volunteers") read as one number, in a text
    that writes no comma-grouped number ("2,400") and never after a month ("on May 5 200 people");
    in any text when they make a run of at least three groups ("3 118 402")."""
    runs = [m.span() for m in _LONG_SPACE_GROUPED.finditer(text)]
    in_run = lambda a, b: any(s <= a.start and b.end <= e for s, e in runs)  # noqa: E731
    commas = _COMMA_GROUPED.search(text) is not None
    if commas and not runs:
        return atoms
    joined: list[Atom] = []
    for atom in atoms:
        prev = joined[-1] if joined else None
        if prev is not None and (in_run(prev, atom) or not commas and _space_grouped(text, prev, atom)):
            joined[-1] = Atom(prev.start, atom.end, text[prev.start:atom.end], prev.value * 1000 + atom.value,
                              atom.currency, None, atom.unit_end, atom.percent, atom.currency_rule)
            continue
        joined.append(atom)
    return joined


# -- groups: ranges of two atoms --------------------------------------------------------------------

# "22-24%", "25 to 40", the suspended hyphen of "12- to 36-hour" and the hyphens of "four-to-six week"
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|(?:[-–]\s*)?(?:to|through)(?:[-–](?=$))?)\s*$", re.IGNORECASE)
_AND_JOIN = re.compile(r"\s*and\s*$", re.IGNORECASE)
# "four or five more aftershocks", "five or six days": alternatives a step apart are one approximate range
_OR_JOIN = re.compile(r"\s+or\s+$", re.IGNORECASE)


# "from the planned $3.1bn to $3.4bn": "from" a few words before the first number is a change too
_FROM_IN_PHRASE = re.compile(r"\bfrom(?:[ \u00a0]+[^\W\d]+){1,3}[ \u00a0]*$", re.IGNORECASE)


def _unit_word(text: str, atom: Atom) -> str | None:
    """The unit written after a number, by family: "point" (percentage points) or "%" (%, percent, per cent)."""
    if atom.unit_end is None or not atom.percent:
        return None
    return "point" if "point" in text[atom.end:atom.unit_end].lower() else "%"


def _by_change(text: str, a: Atom, b: Atom) -> bool:
    """ "rose by two to 86", "fell by $2 to $40": after "by", the change and the level it reached: the numbers are
    written differently (words, then digits) or far apart (more than ``BY_RANGE_STEP`` times); a unit written
    on the second number only ("cut by 20 to 30 percent", "by 5 to 50 percent") makes one range."""
    if phrase_before(text, a.left, _BY_CHANGE) is None:
        return False
    if (a.percent or a.currency is not None) != (b.percent or b.currency is not None):
        return False
    return a.is_words != b.is_words or b.value > BY_RANGE_STEP * a.value


# the words of a change by an amount, before its number
_BY_CHANGE = ("by", "by another", "by a further", "by an additional")


def _joins_range(text: str, a: Atom, b: Atom, range_from: frozenset = frozenset()) -> bool:
    """``a`` and ``b`` are the two ends of one range ("22-24%", "between 3,000 and 5,000"); ``range_from``
    holds the verbs of spread (quantity_cues.tsv, role range_from) whose "from" opens a range."""
    gap = text[a.right:b.left]
    between = phrase_before(text, a.left, ("between",)) is not None
    # "rose from 5% to 7%" reports a change: two values, not a range; "terms ranged from two to eight years" spans one
    spread = phrase_before(text, a.left, tuple(f"{v} from" for v in range_from)) is not None
    change = not spread and (phrase_before(text, a.left, ("from",)) is not None
                             or _FROM_IN_PHRASE.search(text, max(0, a.left - 40), a.left)
                             or _by_change(text, a, b))
    # a range writes its unit once at the end ("22-24%") or on both ends ("$1m to $2m");
    # "fell 0.4% to 1,390" is two different things
    kind_a, kind_b = ("percent" if a.percent else a.currency), ("percent" if b.percent else b.currency)
    units_agree = (kind_a == kind_b or kind_a is None
                   or kind_b is None and a.unit_end is None)  # "$40-50 billion", not "fell 0.4% to 1,390"
    if _unit_word(text, a) and _unit_word(text, b) and _unit_word(text, a) != _unit_word(text, b):
        return False  # "up five percentage points to 47%": a change and the level it reached
    increasing = a.value < b.value or (not has_scale(a.surface) and has_scale(b.surface))
    alternatives = (_OR_JOIN.fullmatch(gap) and a.value < b.value <= OR_RANGE_STEP * a.value
                    and a.is_words == b.is_words and a.unit_end is None and not a.currency)
    return bool((increasing and units_agree and not change and (_RANGE_JOIN.fullmatch(gap) or alternatives)
                 or between and _AND_JOIN.fullmatch(gap)) and "\n" not in gap)


def group_atoms(text: str, atoms: list[Atom], range_from: frozenset = frozenset()) -> list[list[Atom]]:
    """Neighbouring atoms joined into ranges ("22-24%", "between 3,000 and 5,000") or kept alone."""
    groups: list[list[Atom]] = []
    i = 0
    while i < len(atoms):
        if i + 1 < len(atoms) and _joins_range(text, atoms[i], atoms[i + 1], range_from):
            groups.append([atoms[i], atoms[i + 1]])
            i += 2
        else:
            groups.append([atoms[i]])
            i += 1
    return groups
