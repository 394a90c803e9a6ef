"""Vague amounts ("thousands of soldiers", "a few thousand troops", "millions of dollars"): magnitude
hints, never quantities (they have no value to compare)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .atoms import phrase_after
from .counted import cited, counted_tokens, unit_reading
from .tables import UnitTables, zone_code

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
    rule: str = "quantities:vague-plural"


def _magnitude(m: re.Match) -> tuple[float, str]:
    """The order named and the rule: "tens of thousands" (vague-plural), "a few thousand" (vague-few-scale)."""
    if not m.group("plural"):
        return _VAGUE_SCALES[m.group("scale").lower()], "vague-few-scale"
    magnitude = _VAGUE_SCALES[m.group("plural").lower()]
    if m.group("mult"):
        magnitude *= 10 if m.group("mult").lower() == "tens" else 100
    return magnitude, "vague-plural"


def _what_counted(text: str, parsed, end: int, tables: UnitTables) -> tuple[str, str | None, int, str]:
    """(unit, counted, end, rule) of what follows: "of dollars" (a currency word) or a noun phrase."""
    money = phrase_after(text, end + 3, [p for p in tables.currency_suffix if p.islower()]) \
        if text[end:end + 4].lower() == " of " else None
    code = tables.currency_suffix[money[0]] if money else None
    if code and "/" in code:
        code = zone_code(text, code)
    if code:
        return code, None, money[1], cited("currency-word", tables.source("suffix", money[0]))
    run = counted_tokens(parsed, end)
    if not run:
        return "count", None, end, ""
    unit, why = unit_reading(run, tables)
    return unit, text[run[0].idx:run[-1].idx + len(run[-1].text)], end, f"unit-after-number {why}"


def read_vague_amounts(text: str, parsed, tables: UnitTables) -> list[VagueReading]:
    """ "thousands of North Korean soldiers", "a few thousand troops", "millions of dollars"."""
    out = []
    for m in _VAGUE_RE.finditer(text):
        magnitude, how = _magnitude(m)
        unit, counted, end, why = _what_counted(text, parsed, m.end(), tables)
        rule = "quantities:" + " + ".join(p for p in (how, why) if p)
        out.append(VagueReading(m.start(), end, magnitude, unit, counted, rule))
    return out
