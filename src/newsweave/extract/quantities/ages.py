"""Ages, which are no amounts: "a 52-year-old man", "nine years of age", "she was 29 when ...", "aged 51 and 64"
(label rules of ``exclusions.LABEL_RULES``, each answering with its reason or None)."""
from __future__ import annotations

import re

from .atoms import Atom
from .counted import token_index_at, unit_of
from .reader import Reader
from .vocab import MAX_AGE


def _after(r: Reader, a: Atom, n: int = 3) -> str:
    return r.text[a.end:a.end + n]


def age_in_years(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "a 52-year-old man", "the 52-year-old said", "a six-month-old girl": an age; "the prime minister's
    30-year-old grip", "the 25-year-old treaty", "the three-day-old truce" describe a thing, whose age is a span
    of time (read as a duration)."""
    m = re.match(r"[-\s](?:years?|months?|weeks?|days?)[-\s]old\b", _after(r, a, 13), re.IGNORECASE)
    if m and not _aged_thing(r, a.end + m.end()):
        return "age"
    # "nine years of age", "aged from 4 to 87 years old", "between 18 and 25 years of age": the age words after the
    # number, or after the other end of the range it opens
    if _AGE_AFTER.match(_after(r, a, 40)):
        return "age"


_AGE_AFTER = re.compile(r"(?:\s*(?:to|and|-|–)\s*\d{1,3})?[-\s]years?\s+of\s+age\b"
                        r"|\s*(?:to|and|-|–)\s*\d{1,3}[-\s]years?[-\s]old\b"
                        r"|[-\s]years?(?:\s+old)?\s+(?:and|or)\s+(?:older|over|above|under|younger)\b", re.IGNORECASE)  # "14 years and older"


def _aged_thing(r: Reader, end: int) -> bool:
    """ "the minister's 30-year-old grip", "the 25-year-old treaty": after a possessive or "the", the noun
    "old" modifies names no person (no person row of ``units.tsv``, no person or group name); "a 30-year-old"
    introduces a person and stays an age."""
    i = token_index_at(r.parsed, end - 1) if r.parsed is not None else None
    if i is None:
        return False
    noun = r.parsed[i].head
    if noun.i <= i or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("PERSON", "NORP"):
        return False
    if _has_person_clause(noun):
        return False  # "the 70-year-old incumbent, who has ruled since 2005": a relative clause only people take
    if noun.lower_ in ("said", "told") or noun.lower_.endswith("ed"):
        return False  # "the 52-year-old said": a verb the parser took for a noun
    first = r.parsed[i].left_edge
    while first.i > 0 and first.like_num or first.text in ("-",):
        first = r.parsed[first.i - 1]
    det = r.parsed[first.i - 1] if first.i > 0 and not (first.dep_ in ("det", "poss") or first.tag_ == "POS") else first
    if not (det.lower_ in ("the", "its", "their", "his", "her", "our") or det.tag_ in ("POS", "PRP$")):
        return False
    return unit_of([noun], r.tables) != "person"


def _has_person_clause(noun) -> bool:
    """The noun has a relative clause opened by "who", "whom" or "whose", which refer to people only."""
    return any(c.dep_ == "relcl" and c.left_edge.lower_ in ("who", "whom", "whose") for c in noun.children)


def age_before_when(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "she was only 29 when she won the seat": a bare small number before "when" and a person pronoun."""
    if (a.surface.isdigit() and a.value < MAX_AGE
            and re.match(r"\s+when\s+(?:he|she|they|I|we|you)\b", r.text[a.end:a.end + 16])):
        return "age ('was 29 when she ...')"


_PERSON_WAS_RE = re.compile(r"\b(?:he|she)\s+(?:was|is)\s+(?:only\s+|just\s+)?$", re.IGNORECASE)


def age_after_person_was(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "He was 47.", "she is only 19, her lawyer said": a bare small number that is all a person pronoun and
    "was"/"is" say of that person, closed by punctuation."""
    if (a.surface.isdigit() and a.value < MAX_AGE and re.match(r"[.,;](?:\s|$)", r.text[a.end:a.end + 2])
            and _PERSON_WAS_RE.search(r.text[max(sent_start, a.left - 20):a.left])):
        return "age ('he was 47.')"


_AGE_PAIR_RE = re.compile(r"\b(?:aged|ages)\s+\d{1,3}\s*(?:,\s*\d{1,3}\s*)*,?\s*(?:and|or|to|-|\u2013|,)\s*$", re.IGNORECASE)


def age_in_a_pair(r: Reader, a: Atom, sent_start: int) -> str | None:
    """ "two men aged 51 and 64", "victims aged 19, 22 and 30": the later ages of a list the age label opens
    (the first is the label's own, ``label_word``)."""
    if a.surface.isdigit() and a.value < MAX_AGE and _AGE_PAIR_RE.search(r.text[max(sent_start, a.left - 40):a.left]):
        return "age in a list opened by 'aged' ('aged 51 and 64')"
