"""A small number reader: digits, number words and scale words ("1.5 million", "ten thousand", "11k", "a dozen").

Only the arithmetic of English number expressions lives here; deciding whether a number is a
quantity (and not a year, a label or a time of day) is the job of :mod:`.quantities`.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..config import DATA_DIR
from ..tables import read_table

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
# "dozen" multiplies like a scale word ("two dozen", "a dozen")
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000,
          "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
# abbreviations written straight after digits: "11k", "$3bn", "1.5m", "2tn"
SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                       "bn": 1_000_000_000, "b": 1_000_000_000, "bln": 1_000_000_000,
                       "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}


def _regional_scales() -> None:
    """The scale words of other numbering systems ("lakh", "crore", "cr"), data/number_scales.tsv."""
    for row in read_table(DATA_DIR / "number_scales.tsv", ("surface", "value", "form"), what="number scale table"):
        word, value = row["surface"].lower(), int(row["value"])
        SCALES[word] = value
        if row["form"] == "abbr":
            SCALE_ABBREVIATIONS[word] = value


_regional_scales()

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
# digit groups split by a space only after a currency sign ("$381 000": "on May 5 200 people" stays two numbers)
# or by a thin or narrow no-break space, which only ever groups digits
_DIGITS = (r"(?<=[$€£¥])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.]\d)|\d{1,3}(?:[\u202f\u2009]\d{3})+(?!\d)"
           r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"  # Indian grouping: "50,65,345" (lakhs and crores)
           r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+")
_ABBR = "|".join(sorted(SCALE_ABBREVIATIONS, key=len, reverse=True))
_SCALE_WORD = "|".join(SCALES)

# one number: digits with an optional attached abbreviation or following scale words,
# or a run of number words ("twenty-five thousand", "one hundred and fifty", "a dozen", "half a million")
NUMBER_RE = re.compile(
    rf"""
    (?<![\w.,/])
    (?:
        (?P<digits>{_DIGITS})
        (?:(?P<abbr>{_ABBR})\b|(?P<dscale>(?:(?:\s+|-)(?:{_SCALE_WORD})\b)+))?
      |
        (?P<words>
            (?:(?:a|an|half\s+a|one\s+and\s+a\s+half)\s+(?=(?:{_SCALE_WORD})\b))?
            (?:{_WORD})\b
            (?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+|\s+|-)(?:{_WORD})\b)*
        )
    )
    (?![\w]|,\d)  # "1,000km": no "1" cut out of a digit group with letters glued to it
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _fullmatch(text: str):
    """``NUMBER_RE`` on one expression, its spaced digit groups ("381 000", found after a currency sign) joined."""
    return NUMBER_RE.fullmatch(re.sub(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?!\d))", "", text.strip()))


def _parse_words(text: str) -> float | None:
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        return None
    factor = 1.0
    if words[:2] == ["half", "a"]:
        factor, words = 0.5, words[2:]
    elif words[:3] == ["one", "a", "half"]:
        factor, words = 1.5, words[3:]
    elif words and words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    total = 0.0
    current = 0.0
    seen_any = False
    last_unit = False
    for w in words:
        if w in UNITS:
            if last_unit:
                return None  # "three five-day shifts": two numbers side by side, not one ("twenty four" is one)
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            scale = SCALES[w]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0.0
        else:
            return None
        seen_any = True
        last_unit = w in UNITS
    if not seen_any:
        return None
    if factor == 1.0 and not any(w in UNITS or w in TENS for w in words):
        return None  # a scale word alone ("billion", "lakhs of people") is no number: "a billion" is ("a" -> one)
    return (total + current) * factor


def parse_number(text: str) -> float | None:
    """The value of one number expression, or None when ``text`` is not one.

    >>> parse_number("1.5 million"), parse_number("ten thousand"), parse_number("11k")
    (1500000.0, 10000.0, 11000.0)
    """
    m = _fullmatch(text)
    if not m:
        return None
    if m.group("digits"):
        # in decimal arithmetic, so that "4.1bn" and "9.8 lakh crore" come out whole
        value = Decimal(re.sub(r"[,\s\u202f\u2009]", "", m.group("digits")))
        if m.group("abbr"):
            value *= SCALE_ABBREVIATIONS[m.group("abbr").lower()]
        if m.group("dscale"):
            for w in re.split(r"[\s-]+", m.group("dscale").strip(" -")):
                value *= SCALES[w.lower()]
        return float(value)
    return _parse_words(m.group("words"))


def has_scale(text: str) -> bool:
    """Whether a number expression carries its own scale ("2 million", "3bn", "a thousand")."""
    m = _fullmatch(text)
    if not m:
        return False
    if m.group("digits"):
        return bool(m.group("abbr") or m.group("dscale"))
    return any(w.lower() in SCALES and w.lower() != "dozen" for w in re.split(r"[\s-]+", m.group("words")))


def scale_of(text: str) -> float:
    """The trailing scale of a number expression (1 when none): "2 million" -> 1e6."""
    m = _fullmatch(text)
    if not m:
        return 1.0
    if m.group("digits"):
        if m.group("abbr"):
            return float(SCALE_ABBREVIATIONS[m.group("abbr").lower()])
        if m.group("dscale"):
            value = 1.0
            for w in re.split(r"[\s-]+", m.group("dscale").strip(" -")):
                value *= SCALES[w.lower()]
            return value
        return 1.0
    last = re.split(r"[\s-]+", m.group("words").lower())[-1]
    return float(SCALES[last]) if last in SCALES and last not in ("dozen", "hundred") else 1.0


def find_numbers(text: str):
    """Every number expression in ``text`` as ``(start, end, surface, value)``."""
    for m in NUMBER_RE.finditer(text):
        surface = m.group(0)
        value = parse_number(surface)
        if value is not None:
            yield m.start(), m.end(), surface, value
