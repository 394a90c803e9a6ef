"""Tallies and wholes: when a number after a name, in brackets or before "out of" is an amount after all
("the KDP 31 seats", "Unity (seven)", "two out of nine regions"); the exclusions ask these before dropping it.
The tally nouns are the ``tally_noun`` rows of ``data/quantity_cues.tsv``."""
from __future__ import annotations

import re

from .atoms import Atom
from .counted import token_index_at
from .reader import Group, Reader

_PROPORTION = re.compile(r"\s+(?:out\s+of\s+(?:\d{1,3}|ten|five|four|three|two)|in\s+(?:\d{1,2}|every|ten|five|four|three|two))\b(?![,.]\d)", re.IGNORECASE)
_PROPORTION_BEFORE = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?:out\s+of|in)\s+$", re.IGNORECASE)


def counts_a_tally(r: Reader, a: Atom) -> bool:
    """ "the KDP 31 seats", "SNP nine out of 57 seats": the number (or the whole it is a part of) counts a tally noun
    (``quantity_cues.tsv`` role tally_noun), so a party name or acronym before it names whose tally it is."""
    nouns = r.tables.context.get("tally_noun", ())
    if not nouns:
        return False
    after = r.text[a.end:a.end + 40].lower()
    m = re.match(r"(?:,?\s+out\s+of\s+(?:the\s+)?[\d,]+\s+|\s+of\s+(?:the\s+)?[\d,]+\s+|\s+)([a-z]+(?:\s+[a-z]+)?)", after)
    if not m:
        return False
    words = m.group(1)
    return words in nouns or words.split()[0] in nouns


def tally_in_brackets(r: Reader, a: Atom, sent_start: int) -> bool:
    """ "..., the Liberal Front (LF) (12), Unity (seven)": a bracketed number right after a name (or its
    bracketed acronym), in a sentence that has already counted a tally noun ("with 40 seats"), is that party's
    tally; a footnote mark after a name ("Smith (5)") has no tally before it."""
    before = r.text[max(sent_start, a.start - 80):a.start - 1]
    if not re.search(r"(?:[A-Z][\w'’-]*|\([A-Z]{2,}\))\s?$", before):
        return False
    nouns = r.tables.context.get("tally_noun", ())
    lead = r.text[sent_start:a.start].lower()
    return any(re.search(r"\d[\d,]*\s+" + re.escape(n) + r"\b", lead) for n in nouns)


def out_of(cue: str) -> bool:
    return re.search(r"\bout\s+of\b", cue, re.IGNORECASE) is not None


def whole_names_noun(r: Reader, end: int) -> bool:
    """The whole of "out of M" ending at ``end`` is followed by the thing it counts ("out of ten provinces"); a
    whole of people is a share of them, no amount."""
    if r.parsed is None:
        return False
    i = token_index_at(r.parsed, end)
    whole = r.parsed[i - 1] if i is not None and i > 0 else None
    if whole is None or not whole.like_num:
        return False
    noun = whole.head
    if noun.i <= whole.i or noun.pos_ not in ("NOUN", "PROPN") or whole.dep_ != "nummod":
        return False
    return counts_things(r, noun)


def counts_things(r: Reader, noun) -> bool:
    """ "three out of four respondents", "nine out of 10 doctors": a share of people stays a proportion."""
    return "person" not in (r.tables.units.get(noun.lower_), r.tables.units.get(noun.lemma_.lower()))


def proportion(r: Reader, g: Group) -> str | None:
    """ "3 out of 4", "1 in 5", "three out of four respondents": a proportion, no amount. A whole that names the
    things it counts ("two out of nine regions", "nine out of 57 seats") makes both numbers amounts of that
    noun: the whole counts it, the part borrows it (``reading.part_of_whole``)."""
    first, last = g.first, g.last
    if g.money_or_share:
        return None
    after = _PROPORTION.match(r.text[last.right:last.right + 14])
    if after and out_of(after.group(0)) and whole_names_noun(r, last.right + after.end()):
        return None
    before = _PROPORTION_BEFORE.search(r.text[max(0, first.left - 20):first.left])
    if before and out_of(before.group(0)) and g.counted_run and counts_things(r, g.counted_run[-1]):
        return None
    if after or before:
        return "proportion ('3 out of 4', '1 in 5')"
