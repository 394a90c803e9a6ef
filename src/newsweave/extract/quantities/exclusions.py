"""Numbers that are not amounts, as ordered tuples of named rules; each answers with its reason or None.

- ``LABEL_RULES``: names, codes and references ("Article 4", "Su-27", "10x20", "3-1", "Kim, 37,");
- ``DATE_RULES``: years, days of the month, dates and times;
- ``WORD_RULES``: number words that are no amount ("one" as an article, "the two Koreas");
- ``COUNTED_RULES``: what follows the number shows it is none ("20 times the wage", "737 Max jet").

A rule is switched off by its function name (``extract_quantities(..., rules_off=...)``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import PEOPLE, load_gazetteer
from ..numbers import find_numbers, has_scale
from .ages import _after, age_after_person_was, age_before_when, age_in_a_pair, age_in_years
from .atoms import Atom, opens_aside, phrase_before, word_after, word_before
from .one_word import one_closing_a_list, one_counted_victim, one_in_a_comma_list, one_in_a_list
from .counted import MODEL_NAME_RE, counted_tokens, demonym_row, people_described, tally_word, token_index_at, unit_of
from .frames import figure_of_change
from .reader import Group, Reader, first_answer
from .tallies import counts_a_tally, proportion, tally_in_brackets
from .vocab import (DAY_PARTS, ANAPHORIC_DETERMINERS, ANAPHORIC_MAX, HYPHEN_PERSON_WORDS, MASS_NOUNS, MAX_AGE, MONTHS,
                    PLACE_ENTITY_LABELS, TIME_OFFSET_AFTER, TIME_UNITS, TIMESTAMP_UNITS, WEEKDAYS, YEAR_RANGE)

_ADDRESS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,3}\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Place|Boulevard|Blvd\.|Lane|Drive|Square|Way)\b")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s$")


def is_reference_number(text: str, start: int, end: int) -> bool:
    """A number that names rather than counts: a street address ("2134 Caldwell Place"),
    or a model or resolution code after an acronym ("GTX 1660", "UNSCR 2231")."""
    return bool(_ADDRESS_AFTER.match(text, end) or _ACRONYM_BEFORE.search(text[max(0, start - 12):start]))


def _before(r: Reader, a: Atom, n: int = 2) -> str:
    return r.text[max(0, a.start - n):a.start]


def _voters_before(r: Reader, a: Atom, sent_start: int) -> bool:
    return tally_word(r.text[max(sent_start, a.start - 60):a.start], r.tables) is not None


# -- LABEL_RULES: (reader, atom, sentence start) -> reason ------------------------------------------

def address_or_code(r: Reader, a: Atom, sent_start: int) -> str | None:
    if a.cur_start is None and is_reference_number(r.text, a.start, a.end):
        if not _ADDRESS_AFTER.match(r.text, a.end) and counts_a_tally(r, a):
            return None  # "the KDP 31 seats": a party's tally after its acronym
        return "address or code ('2134 Caldwell Place', 'GTX 1660')"


def attached_to_letters(r: Reader, a: Atom, sent_start: int) -> str | None:
    if re.search(r"\w-(?:to|through)-$", _before(r, a, 12), re.IGNORECASE):
        return None  # "four-to-six week": the upper end of a hyphenated range
    if a.cur_start is None and re.search(r"[A-Za-z]-?$|[#№]$", _before(r, a)):
        return "attached to letters (Su-27, G7, #3)"


def dimension(r: Reader, a: Atom, sent_start: int) -> str | None:
    if re.match(r"\s?[x×X*]\s?\d", _after(r, a)) or re.search(r"\d\s?[x×X*]\s?$", _before(r, a, 4)):
        return "dimension or plan label (10x20)"


def calibre(r: Reader, a: Atom, sent_start: int) -> str | None:
    if re.match(r"[\s-]?(?:mm\b|millimet)", _after(r, a, 12), re.IGNORECASE) and not a.currency:
        return "calibre"


# "52.4 degrees north latitude", "160.2°E": a position on a map, not an amount
_COORDINATE_AFTER = re.compile(r"\s?(?:°|º|degrees?\b)\s*(?:north|south|east|west|[NSEW]\b)", re.IGNORECASE)


def coordinate(r: Reader, a: Atom, sent_start: int) -> str | None:
    if _COORDINATE_AFTER.match(_after(r, a, 16)):
        return "map coordinate"


def version_number(r: Reader, a: Atom, sent_start: int) -> str | None:
    if re.match(r"\.\d", _after(r, a)):
        return "version or section number (1.2.3)"


def score_first(r: Reader, a: Atom, sent_start: int) -> str | None:
    """The first number of "3-1" (unless a vote precedes it: a tally counts voters)."""
    m = re.match(r"[-–](\d{1,3})\b(?![.,]\d|\s*%)", _after(r, a))
    if (m and a.surface.isdigit() and not a.currency and int(m.group(1)) <= a.value < 1000
            and not _voters_before(r, a, sent_start)):
        return "score or vote tally (3-1, 98-0)"


def score_second(r: Reader, a: Atom, sent_start: int) -> str | None:
    """The second number of "3-1"."""
    m = re.search(r"(\d+)[-–]$", _before(r, a, 5))
    if (re.search(r"\b(\d{1,3})[-–]$", _before(r, a)) and a.surface.isdigit() and int(m.group(1)) >= a.value
            and not _voters_before(r, a, sent_start)):
        return "score or vote tally (3-1, 98-0)"


def ratio_or_reference(r: Reader, a: Atom, sent_start: int) -> str | None:
    before, after = _before(r, a), _after(r, a)
    if re.match(r":\d", after) or before.endswith(":") or re.match(r"/\d", after) or before.endswith("/"):
        return "ratio, score or reference (3:2, 24/7)"


def fraction(r: Reader, a: Atom, sent_start: int) -> str | None:
    if re.match(r"[-\s](?:thirds?|quarters?|halves|fifths?|sixths?|eighths?|tenths?)\b", _after(r, a, 10), re.IGNORECASE):
        return "fraction (two-thirds)"


# "..., said Eleonore, 17.": a speaker's age closing the sentence of the speech verb before the name
_SPEAKER_AGE_BEFORE = re.compile(r"\b(?:said|says|told|added|explained|recalled|asked)\s+(?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*,\s?$")


def age_after_name(r: Reader, a: Atom, sent_start: int) -> str | None:
    if (a.surface.isdigit() and a.value < MAX_AGE and re.search(r"[A-Z][\w.'’-]*,\s?$|[A-Z][\w.'’-]*\s\($", _before(r, a, 30))
            and re.match(r"[,)]", _after(r, a))):
        return "age after a name ('Kim Yo Jong, 37,')"
    if (a.surface.isdigit() and a.value < MAX_AGE and re.match(r"\.(?:\s|$)", _after(r, a, 2))
            and re.search(r"[A-Z][\w.'’-]*,\s?$", _before(r, a, 30)) and _person_before_comma(r, a)):
        return "age closing a sentence after a person's name ('identified as Maria Lopez, 44.')"
    if (a.surface.isdigit() and a.value < MAX_AGE and re.match(r"\.(?:\s|$)", _after(r, a, 2))
            and _SPEAKER_AGE_BEFORE.search(_before(r, a, 60))):
        return "age after a speaker's name ('said Eleonore, 17.')"


def _person_before_comma(r: Reader, a: Atom) -> bool:
    """The word before the comma in front of the number is part of a person's name (the parser's PERSON)."""
    i = token_index_at(r.parsed, a.left) if r.parsed is not None else None
    if i is None or i < 2 or r.parsed[i - 1].text != ",":
        return False
    return r.parsed[i - 2].ent_type_ == "PERSON"


def code_shape(r: Reader, a: Atom, sent_start: int) -> str | None:
    if re.fullmatch(r"\d{1,2}K", a.surface):
        return "display resolution (4K)"
    if re.fullmatch(r"0\d+", a.surface):
        return "leading zero: a code or clock time (0600)"


def bracketed(r: Reader, a: Atom, sent_start: int) -> str | None:
    if _before(r, a).endswith(("[", "(")) and _after(r, a).startswith(("]", ")")):
        if tally_in_brackets(r, a, sent_start):
            return None  # "the Greens with 40 seats, Unity (seven)": a party's tally in a results list
        return "footnote marker or bracketed reference ((5), [3])"


def list_item_number(r: Reader, a: Atom, sent_start: int) -> str | None:
    line_start = r.text.rfind("\n", 0, a.start) + 1
    if not r.text[line_start:a.left].strip() and re.match(r"[.)]\s", _after(r, a)):
        return "list item number"


def hyphened_noun(r: Reader, a: Atom, word: str) -> str:
    """The noun a "-<word>" compound hyphened to the number modifies, past adjectives ("the 150-member lower
    house") and to the head of a compound name ("the 349-member National Assembly"), in lower case, or ''."""
    m = re.match(rf"-{word}\s+", r.text[a.end:a.end + 30], re.IGNORECASE)
    i = token_index_at(r.parsed, a.end + m.end()) if m and r.parsed is not None else None
    for k in range(i, min(i + 3, len(r.parsed))) if i is not None else ():
        if r.parsed[k].pos_ != "ADJ":
            tok = r.parsed[k]
            while tok.dep_ == "compound" and tok.i < tok.head.i <= k + 3:
                tok = tok.head
            return tok.lower_
    return ""


def size_of_a_body(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "the 15-member council": the fixed size of a standing body (role fixed_body), not an amount; a legislature
    or bloc (role seated_body) is counted in seats or member states instead (reading.hyphen_unit)."""
    if re.match(r"-(?:member|seat)\b", _after(r, a, 10), re.IGNORECASE):
        noun = hyphened_noun(r, a, r"(?:member|seat)")
        if noun in r.tables.context.get("fixed_body", ()):
            return f"size of a standing body ('-member {noun}')"
    return None


def span_of_a_statistic(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "the ten-year average", "a 40-year high": the span a statistic is taken over (role span_statistic)."""
    unit = re.match(r"-([A-Za-z]+)\b", _after(r, a, 12))
    if unit and unit.group(1).lower().rstrip("s") in TIME_UNITS:
        noun = hyphened_noun(r, a, unit.group(1))
        if noun in r.tables.context.get("span_statistic", ()):
            return f"span of a statistic ('-{unit.group(1)} {noun}')"
    return None


# what both patterns of ``swap_formula`` need next to the number, tested first: the patterns themselves are
# built from the number's own words, a compile per number
_FOR_AFTER = re.compile(r"\s+for\s+", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\s+for\s+$", re.IGNORECASE)


def swap_formula(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "a thousand for a thousand", "one for one": the terms of an exchange, said twice, not an amount."""
    after = r.text[a.end:a.end + len(a.surface) + 10]
    before = r.text[max(0, a.start - len(a.surface) - 10):a.start]
    if not (_FOR_AFTER.match(after) or _FOR_BEFORE.search(before)):
        return None
    same = re.escape(a.surface)
    if (re.match(rf"\s+for\s+{same}(?!\w)", after, re.IGNORECASE)
            or re.search(rf"(?<!\w){same}\s+for\s+$", before, re.IGNORECASE)):
        return "terms of an exchange ('one for one')"
    return None


def date_event(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "the 9.11 attacks", "the 6.4 incident": an event named by month and day written with a dot (role date_event)."""
    md = re.fullmatch(r"(\d{1,2})\.(\d{1,2})", a.surface)
    if md and int(md.group(1)) <= 31 and int(md.group(2)) <= 31 and 0 < min(int(md.group(1)), int(md.group(2))) <= 12:
        if word_after(r.text, a.end).lower() in r.tables.context.get("date_event", ()):
            return "an event named by its date ('the 9.11 attacks')"
    return None


def compound_adjective(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "a 3-point plan": a hyphenated word that is no unit, time or people word."""
    hyphenated = re.match(r"-([A-Za-z]+)\b", _after(r, a, 20))
    if not hyphenated or a.currency or a.percent or hyphenated.group(1).lower() == "plus":
        return None  # "a six-point fall" in a sentence on shares: percentage points (atoms.share_points)
    if hyphenated.group(1).lower() in ("to", "through") and _after(r, a, 20)[hyphenated.end():][:1] in ("-", "–"):
        return None  # "four-to-six week": a range written with hyphens
    word, units = hyphenated.group(1).lower(), r.tables.units
    if word.rstrip("s") == "seat" and hyphened_noun(r, a, word) in r.tables.context.get("seated_body", ()):
        return None  # "the 329-seat parliament": a legislature's size in seats (reading.hyphen_unit)
    if not (word.rstrip("s") in TIME_UNITS or word in HYPHEN_PERSON_WORDS or word in units or word.rstrip("s") in units):
        return f"compound adjective ('-{word}')"
    if word in HYPHEN_PERSON_WORDS or word.rstrip("s") in TIME_UNITS or units.get(word, units.get(word.rstrip("s"))) == "person":
        return None
    return _item_modifier(r, a.end + hyphenated.end(), word)


def _item_modifier(r: Reader, end: int, word: str) -> str | None:
    """ "a two-round system": an item noun hyphenated to a number modifies the next noun and counts nothing,
    unless it is a measure ("a 900-mile border") or that noun names a group of the items ("a 40-tank column")."""
    context = r.tables.context
    if word in context.get("hyphen_measure", ()) or word.rstrip("s") in context.get("hyphen_measure", ()):
        return None
    head = re.match(r"\s+([A-Za-z]+)", r.text[end:end + 30])
    if head and head.group(1).lower() in context.get("hyphen_group", ()):
        return None
    return f"item word in a compound modifier ('-{word}')"


def _label_is_verb(parsed, left: int) -> bool:
    """The label word before the number is a verb ("the force numbers 900 troops", "it turns 40" stays a
    label because 'turns' is listed for ages): a verb names no item, so the number is an amount."""
    i = token_index_at(parsed, left) if parsed is not None else None
    if i is None or i == 0:
        return False
    i -= 1
    while i > 0 and parsed[i].is_space:
        i -= 1
    word = parsed[i]
    return word.pos_ == "VERB" and word.lemma_.lower() not in ("turn", "age") and word.tag_ in ("VBZ", "VBD", "VBP", "VB")


def _gap_after_word(text: str, pos: int) -> str:
    """What stands between the word before ``pos`` (``atoms.word_before``) and ``pos``: "," in "the audit, 12",
    "" in "died, aged 81" (the comma before the word opens the aside the word starts)."""
    m = re.search(r"[\w.#'’-]+(\W{0,2})$", text[max(0, pos - 30):pos])
    return m.group(1) if m else ""


def label_word(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "page 12", "Resolution 1718": a label word of ``quantity_cues.tsv`` (role label_before)."""
    prev, labels = word_before(r.text, a.left).lower(), r.tables.label_before
    if "," in _gap_after_word(r.text, a.left):
        return None  # "during the audit, 12 of which ...": the word ends a clause, it labels nothing
    if opens_aside(r.text, a.left):
        return None  # "a quiet round (45,000 marchers)": the bracket opens an aside the word does not label
    if ((prev in labels or prev.endswith("s") and prev[:-1] in labels) and a.cur_start is None
            and not _label_is_verb(r.parsed, a.left)):
        return f"label word {prev!r}"


def number_word_in_name(r: Reader, a: Atom, sent_start: int) -> str | None:
    if a.is_words and a.surface[0].isupper() and a.start > sent_start and r.text[sent_start:a.start].strip(" \"“'‘([") != "":
        if re.search(r"[–—:]\s*$|\s-\s*$", r.text[sent_start:a.start]):
            return None  # "LISBON (Agency) – Nine fishermen ...": a dash or colon after a dateline opens the clause
        return "capitalised number word inside a name (Group of Seven)"


def listicle_headline(r: Reader, a: Atom, sent_start: int) -> str | None:
    """A number opening a title-cased line without final punctuation ("7 Ways ...")."""
    text = r.text
    line_start = text.rfind("\n", 0, a.left) + 1
    lead = text[line_start:a.left].strip()
    if lead and not re.search(r"[:|–—]$", lead):  # "Read more: 5 Things ..."
        return None
    line_end = text.find("\n", a.right)
    line = text[a.left:line_end if line_end >= 0 else len(text)].strip()
    if not line or line[-1] in ".!?\"”'’:":
        return None
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    if words and sum(w[0].isupper() for w in words) / len(words) >= 0.6:
        return "listicle headline"


def after_proper_name(r: Reader, a: Atom, sent_start: int) -> str | None:
    parsed = r.parsed
    span = parsed.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or not len(span) or span.start == 0 or a.cur_start is not None:
        return None
    num, left = span[-1], parsed[span.start - 1]
    after_name = (left.pos_ in ("PROPN", "NOUN") and any(c.isupper() for c in left.text) and left.is_alpha
                  and (not left.is_sent_start or left.pos_ == "PROPN")  # "Harbour Row 7, the old ...": a name
                  and left.lower_ not in MONTHS and left.lower_ not in WEEKDAYS
                  and left.idx + len(left.text) >= a.start - 1)
    if after_name and (num.head == left or left.head == num or not counted_tokens(parsed, a.end)):
        if counts_a_tally(r, a):
            return None  # "SNP nine out of 57 seats": a party's tally after its name
        return "number after a proper name (Article 4, Windows 11, Destiny 2)"


LABEL_RULES = (address_or_code, attached_to_letters, dimension, calibre, coordinate, age_in_years, age_before_when, age_after_person_was, age_in_a_pair, version_number, score_first,
               score_second, ratio_or_reference, fraction, age_after_name, code_shape, bracketed, list_item_number,
               size_of_a_body, span_of_a_statistic, swap_formula, date_event, compound_adjective, label_word, number_word_in_name, listicle_headline, after_proper_name)


def label_reason(r: Reader, a: Atom, sent_start: int) -> str | None:
    """Why the number is a name or reference rather than an amount: the first of ``LABEL_RULES`` that answers."""
    return first_answer(r, LABEL_RULES, a, sent_start)


# -- DATE_RULES: (reader, atom) -> reason -----------------------------------------------------------

def year(r: Reader, a: Atom) -> str | None:
    """ "in 2000 the treaty ...": four digits in the year range, no comma, currency or unit ("2000 troops" counts)."""
    if a.currency or a.percent or "," in a.surface or "." in a.surface or not a.surface.isdigit():
        return None
    if not (YEAR_RANGE[0] <= a.value <= YEAR_RANGE[1]) or len(a.surface) != 4:
        return None
    nxt = word_after(r.text, a.end).lower()
    if not (nxt in r.tables.units or nxt.rstrip("s") in r.tables.units) or _unit_word_as_adjective(r, a.end):
        return "year"


def _unit_word_as_adjective(r: Reader, end: int) -> bool:
    """ "the 2023 general elections": a unit word after the year that the tagger reads as an adjective before a
    noun that is no unit ("general elections") names no counted thing; "2000 troops" and "2000 civilian staff"
    keep their noun."""
    i = token_index_at(r.parsed, end) if r.parsed is not None else None
    while i is not None and i < len(r.parsed) and r.parsed[i].is_space:
        i += 1
    if i is None or i + 1 >= len(r.parsed) or r.parsed[i].tag_ != "JJ":
        return False
    noun = r.parsed[i + 1]
    return noun.pos_ in ("NOUN", "PROPN") and not ({noun.lower_, noun.lemma_.lower()} & r.tables.units.keys())


def day_of_month(r: Reader, a: Atom) -> str | None:
    prev, nxt = word_before(r.text, a.left).lower().rstrip("."), word_after(r.text, a.right).lower().rstrip(".")
    if prev in MONTHS and opens_aside(r.text, a.left):
        prev = ""
    if prev in MONTHS or nxt in MONTHS or nxt == "of" and word_after(r.text, a.right + 3).lower() in MONTHS:
        return "day of month"


def after_weekday(r: Reader, a: Atom) -> str | None:
    """ "on Sunday, 14 May": a day number (1-31) after a weekday; not a tally listed by day
    ("48 on Friday, 75 on Saturday"), whose number is too big for a day or is itself followed by "on"."""
    if word_before(r.text, a.left).lower().rstrip(".") not in WEEKDAYS:
        return None
    if not (a.surface.isdigit() and 1 <= a.value <= 31) or word_after(r.text, a.right).lower() == "on":
        return None
    if _plural_noun_after(r, a.right):
        return None  # "rangers said Tuesday 14 hikers were missing": the number counts the noun after it
    return "date after weekday"


def _plural_noun_after(r: Reader, end: int) -> bool:
    i = token_index_at(r.parsed, end) if r.parsed is not None else None
    while i is not None and i < len(r.parsed) and r.parsed[i].is_space:
        i += 1
    return i is not None and i < len(r.parsed) and r.parsed[i].tag_ == "NNS"


_RANGE_JOIN = re.compile(r"\s*(?:and|to|or|-|–)\s*", re.IGNORECASE)


def _range_end(r: Reader, a: Atom) -> int:
    """Where the other end of a range starting at the atom ends ("4 and 5 thousand"), else the atom's end."""
    join = _RANGE_JOIN.match(r.text, a.right)
    nxt = next(iter(find_numbers(r.text[join.end():join.end() + 40])), None) if join else None
    return join.end() + nxt[1] if nxt is not None and nxt[0] == 0 else a.right


_LISTED_AFTER = re.compile(r"\s+(in|at|from)\s+the\s+([a-z]+)", re.IGNORECASE)
_LIST_ITEM_BEFORE = r"\d[\d,]*\b[^.;:\n\d]{0,30}?\s%s\s+the\b[^.;:\n\d]{1,50}?(?:,|\s+and)\s*$"


def _listed_by_place(r: Reader, a: Atom) -> bool:
    """ "killed 300 people in the north, 120 in the east, 45 in the west": a number that goes on a list of
    amounts each placed with the same preposition ("in the ...") is one more amount, not a date."""
    after = _LISTED_AFTER.match(r.text, a.right)
    if after is None or after.group(2).lower() in DAY_PARTS:
        return False
    before = r.text[max(0, a.left - 100):a.left]
    return re.search(_LIST_ITEM_BEFORE % re.escape(after.group(1).lower()), before, re.IGNORECASE) is not None


def inside_date_entity(r: Reader, a: Atom) -> str | None:
    if a.currency or a.percent or _listed_by_place(r, a):
        return None
    # token-level entity tags: cheap, where building ``parsed.ents`` spans per number is not
    span = r.parsed.char_span(a.start, a.end, alignment_mode="expand")
    if span is not None and len(span) > 0 and all(t.ent_type_ in ("DATE", "TIME") for t in span):
        if _plural_noun_after(r, a.right) or _plural_noun_after(r, _range_end(r, a)):
            return None  # "said on Tuesday 14 hikers were missing": the tagger's date took the count
        if _bare_number_entity(r, span):
            return None  # "the count of dead is now 31, an official said": a date of the number alone
        if figure_of_change(r, a):
            return None  # "the toll rose to 57 overnight": the tagger's time took the new level
        return "inside a date or time"


DAY_PREPOSITIONS = {"on", "until", "till", "since", "by", "before", "after", "from"}


def _bare_number_entity(r: Reader, span) -> bool:
    """The tagger's DATE is the number and nothing else ("is now 31,"): no month, weekday, year word or
    time unit around it makes it a date (those are read by the rules before this one), so it is an amount
    unless it is written like a year or an hour."""
    ents = [e for e in r.parsed.ents if e.start <= span.start and e.end >= span.end]
    if not ents or ents[0].label_ != "DATE" or ents[0].start != span.start or ents[0].end != span.end:
        return False
    text = span.text
    if word_before(r.text, span.start_char).lower() in DAY_PREPOSITIONS:
        return False  # "began on 25", "until 30": a day of the month written alone
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})*", text)) and not re.fullmatch(r"(?:1[89]|20)\d\d", text) \
        and not re.match(r"\s*(?::|\.\d\d|[ap]\.?m\b|h\b|hrs?\b|GMT|UTC)", r.text[span.end_char:span.end_char + 5], re.I)


DATE_RULES = (year, day_of_month, after_weekday, inside_date_entity)


def _followed_by_time_unit(text: str, end: int) -> bool:
    w = word_after(text, end).lower().lstrip("-").rstrip("s")
    return w in TIME_UNITS or w.split("-")[0] in TIME_UNITS


def date_reason(r: Reader, a: Atom, unit_end: int | None = None) -> str | None:
    """Why the atom is a date or a time, or None. A time unit after it makes a duration ("10 days"), also
    when "ago" follows ("the dam broke 14 days ago": the span as written, the corpus convention);
    "ago" after a unit shorter than a day ("3 hours ago") is a page's timestamp, a time. In a range ("adds 10 to
    14 days") the unit after the last number (``unit_end``) makes every number a duration. Otherwise the first
    of ``DATE_RULES`` that answers."""
    after = a.right if unit_end is None else unit_end
    if _followed_by_time_unit(r.text, after):
        ago = re.match(r"\W*(\w+)\s+ago\b", r.text[after:after + 25])
        return "ago" if ago and ago.group(1).lower().rstrip("s") in TIMESTAMP_UNITS else None
    return first_answer(r, DATE_RULES, a)


# -- WORD_RULES: (reader, group) -> reason, for a lone number word ---------------------------------

def _one_span_of_time(r: Reader, a: Atom) -> bool:
    """ "was jailed for one year", "within one week": 'one' and a time unit after a preposition is a span of time;
    so is one before an offset word ("opened one year late", "one week later", as "two years early" is)."""
    if not _followed_by_time_unit(r.text, a.right):
        return False
    if word_before(r.text, a.left).lower() in ("to", "for", "within", "over", "after", "than"):
        return True
    offset = re.match(r"[ \u00a0]+[A-Za-z]+[ \u00a0]+([A-Za-z]+)\b", r.text[a.right:a.right + 40])
    return bool(offset) and offset.group(1).lower() in TIME_OFFSET_AFTER


def one_as_article(r: Reader, g: Group) -> str | None:
    if (g.first.value == 1 and not has_scale(g.first.surface) and not one_counted_victim(r, g.first)
            and not one_in_a_list(r, g.first) and not one_closing_a_list(r, g.first)
            and not one_in_a_comma_list(r, g.first)
            and not _one_span_of_time(r, g.first)):
        return "'one' as a pronoun or article"


def zero_word(r: Reader, g: Group) -> str | None:
    if g.first.value == 0:
        return "'zero' as a word ('zero in on', 'zero tolerance')"


def anaphoric(r: Reader, g: Group) -> str | None:
    """ "the two Koreas", "all three were freed": a small number after a determiner points back; "all five of
    the charges" names its whole after "of" and counts it (a pronoun whole, "the two of them", still points)."""
    if word_before(r.text, g.first.left).lower() in ANAPHORIC_DETERMINERS and g.first.value <= ANAPHORIC_MAX:
        if _followed_by_time_unit(r.text, g.last.right):
            return None  # "the four years of drought": a span of time, not things named before
        if re.match(r"\s+of\s+(?!(?:them|us|you|these|those|which|whom)\b)[A-Za-z]", r.text[g.last.end:g.last.end + 40]):
            return None
        if people_described(r, g):
            g.pointing = True  # counted as people; a figure the text gave before is dropped (reading.repeated_figure)
            return None
        return "anaphoric ('the two Koreas')"


def vague_scale_word(r: Reader, g: Group) -> str | None:
    """ "a few thousand": a magnitude hint (see :mod:`.vague`), not a quantity."""
    if (phrase_before(r.text, g.first.left, r.tables.vague_before)
            and re.fullmatch(r"(?i)(?:hundred|thousand|million|billion|trillion|dozen)", g.first.surface)):
        return "vague"


def approximate_dozen(r: Reader, g: Group) -> str | None:
    """ "about a dozen", "more than a dozen", "nearly half a dozen": a round estimate hedged by a bound cue of
    quantity_cues.tsv is a vague amount, like "dozens"; a plain "a dozen missiles" stays a count."""
    if (re.fullmatch(r"(?i)(?:half\s+)?an?\s+dozen", g.first.surface)
            and phrase_before(r.text, g.first.left, r.tables.bounds_before)):
        return "vague"


WORD_RULES = (one_as_article, zero_word, anaphoric, vague_scale_word, approximate_dozen)


# -- COUNTED_RULES: (reader, group) -> reason, once the counted noun phrase is read -----------------

def multiplier(r: Reader, g: Group) -> str | None:
    """ "20 times the wage", "has lost to her three times": a multiplier or a frequency, never an amount."""
    run = g.counted_run
    if run and run[-1].lower_ == "times" and len(run) == 1:
        return "multiplier or frequency ('20 times the wage', 'three times in a row')"


def _listed_abbreviation(word: str, r: Reader) -> bool:
    """'PoWs', 'UAVs': a plural abbreviation of a listed unit noun, whatever its tag."""
    return word.endswith("s") and any(c.isupper() for c in word[1:]) and word[:-1].lower() in r.tables.units


def before_proper_name(r: Reader, g: Group) -> str | None:
    head = g.counted_run[-1] if g.counted_run else None
    if (not g.currency and head is not None and head.tag_ == "NNP" and not MODEL_NAME_RE.fullmatch(head.text)
            and not g.hyphen_unit  # "the 25-year-old Water Treaty": the hyphenated unit is what is counted
            and not _listed_abbreviation(head.text, r)
            and demonym_row(head) is None  # "four Togolese and one Swiss": people counted by nationality
            and (r.tables.units.get(head.lower_) != "person" or word_before(r.text, g.first.left).lower() in ("a", "an"))):  # "700 Rohingya": a people's name, the same in the plural
        return "number before a singular proper name (an address or a title)"


def _person_noun_left_singular(r: Reader, g: Group, head) -> bool:
    """ "deployed 217 police officer": a person noun after a free-standing number, not after "a" ("a 737
    pilot") nor glued to the word before (a footnote mark, "the “Axis”2 member"), is a slip of the plural."""
    free = g.first.left == 0 or r.text[g.first.left - 1].isspace()
    return (free and r.tables.units.get(head.lower_) == "person"
            and word_before(r.text, g.first.left).lower() not in ("a", "an"))


def before_singular_noun(r: Reader, g: Group) -> str | None:
    head = g.counted_run[-1] if g.counted_run else None
    if (not g.money_or_share and head is not None and head.tag_ == "NN" and g.values[-1] != 1
            and re.fullmatch(r"[\d,]+", g.first.surface) and not g.hyphen_unit and head.lower_ not in MASS_NOUNS
            and not (head.head.tag_ == "NNS" and head.head.i > head.i)  # "80 search and seizure operations"
            and (unit_of(g.counted_run, r.tables) not in ("count", "duration") or head.lower_ not in r.tables.units)
            and not _person_noun_left_singular(r, g, head)):
        return "number before a singular noun: a model or label ('737 Max jet', 'the 777 program')"


@lru_cache(maxsize=1)
def _peoples() -> frozenset:
    """The last word of every people's name of the gazetteer ("Sri Lankans" -> "lankans")."""
    return frozenset(f.text.split()[-1].lower() for f in load_gazetteer().forms if f.form == PEOPLE)


def in_title(r: Reader, g: Group) -> str | None:
    """ "The 7 Habits of ...": a number before a capitalised plural, in a capitalised run of words; not a
    number word in lower case inside a sentence ("across five Provinces of the south")."""
    head = g.counted_run[-1] if g.counted_run else None
    if g.first.is_words and g.first.surface.islower() and word_before(r.text, g.first.left)[:1].islower():
        return None
    if (head is not None and head.tag_ == "NNPS" and head.ent_type_ != "NORP" and not MODEL_NAME_RE.fullmatch(head.text)
            and head.lower_ not in _peoples()  # "120 Sri Lankans": a people the tagger did not mark
            # "the 17 Members of Parliament", "12 Senators": a person noun capitalised as an office still counts people
            and r.tables.units.get(head.lower_.removesuffix("s")) != "person"):
        return "number in a title ('The 7 Habits of ...')"


def counts_places(r: Reader, g: Group) -> str | None:
    if g.counted_run and g.counted_run[-1].ent_type_ in PLACE_ENTITY_LABELS:
        return "counts places by name ('two Koreas')"


def page_counter(r: Reader, g: Group) -> str | None:
    """ "4,381 views", "join 52,000 subscribers": a page's or a newsletter's counter (role page_counter of
    ``quantity_cues.tsv``), never an amount the article reports."""
    head = g.counted_run[-1] if g.counted_run else None
    after = r.parsed[head.i + 1].lower_ if head is not None and head.i + 1 < len(r.parsed) else ""
    if (head is not None and len(g.counted_run) == 1 and head.lower_ in r.tables.context.get("page_counter", ())
            and after != "of"):  # "12 followers of the sect" are people
        return f"page or newsletter counter ({head.lower_!r})"


COUNTED_RULES = (page_counter, multiplier, before_proper_name, proportion, before_singular_noun, in_title, counts_places)
