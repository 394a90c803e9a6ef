"""The unit, currency and cue tables (``data/units.tsv``, ``data/currencies.tsv``, ``data/quantity_cues.tsv``
and the user's ``Options.unit_files``), read once per set of files by :func:`newsweave.tables.read_table`.

A file's header decides which table its rows join: ``surface, unit`` (unit words), ``surface, code,
position`` (currencies) or ``phrase, role`` (cue phrases). Every entry remembers the row it came from
(``units.tsv:42``), which the quantity records cite in their ``rule``.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...config import DATA_DIR
from ...errors import ConfigError
from ...tables import read_table
from .vocab import CONTEXT_ROLES

UNIT_FILE = DATA_DIR / "units.tsv"
CURRENCY_FILE = DATA_DIR / "currencies.tsv"
CUE_FILE = DATA_DIR / "quantity_cues.tsv"
ZONE_FILE = DATA_DIR / "currency_zones.tsv"


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
    # prefixes read only where the text names a state of their zone ("N", "Rs", "Sh": currencies.tsv prefix_zone)
    zone_prefix: frozenset = frozenset()
    # currency names that are also measures ("pounds"): money only in a sentence about money (currencies.tsv
    # suffix_money, quantity_cues.tsv money_context)
    money_suffix: dict = dataclasses.field(default_factory=dict)
    # a prefix several states write ("$"): the codes it may stand for (currencies.tsv prefix_local); the currency of
    # the one state among them the text names (currency_zones.tsv), else the prefix row's own code ("$": USD)
    local_prefix: dict = dataclasses.field(default_factory=dict)
    # (table, key) -> the row that put it there, "units.tsv:42"; tables: unit, prefix, suffix and the cue roles
    sources: dict = dataclasses.field(default_factory=dict)

    def source(self, table: str, key: str) -> str | None:
        """The row behind an entry (``units.tsv:42``), or None."""
        return self.sources.get((table, key))


def _add_unit(parts: dict, row: dict, cite: str) -> None:
    surface = row["surface"].lower()
    parts["units"][surface] = row["unit"]
    parts["sources"]["unit", surface] = cite


def _add_currency(parts: dict, row: dict, cite: str) -> None:
    surface, code, position = row["surface"], row["code"].upper(), row["position"]
    if position == "prefix_zone":
        parts["zone_prefix"].add(surface)
    if position == "prefix_local":
        parts["local_prefix"][surface] = frozenset(code.split("/"))
        parts["sources"]["local", surface] = cite
        return
    if position in ("prefix", "both", "prefix_zone"):
        parts["currency_prefix"][surface] = code
        parts["sources"]["prefix", surface] = cite
    if position in ("suffix", "both"):
        key = surface.lower() if position == "suffix" else surface
        parts["currency_suffix"][key] = code
        parts["sources"]["suffix", key] = cite
    if position == "suffix_money":
        parts["money_suffix"][surface.lower()] = code
        parts["sources"]["suffix", surface.lower()] = cite


# cue roles kept as phrase -> value maps, and as phrase sets
_CUE_MAPS = {"bound": "bounds_before", "bound_after": "bounds_after", "per": "per_words"}
_CUE_SETS = {"label_before": "label_before", "vague_before": "vague_before"}


def _add_cue(parts: dict, row: dict, cite: str) -> None:
    phrase, role, value = row["phrase"].lower(), row["role"], row.get("value", "")
    if role in _CUE_MAPS:
        parts[_CUE_MAPS[role]][phrase] = value
    elif role in _CUE_SETS:
        parts[_CUE_SETS[role]].add(phrase)
    elif role in CONTEXT_ROLES:
        parts["context"].setdefault(role, set()).add(phrase)
    else:
        return
    parts["sources"][role, phrase] = cite


# the column that names a table -> (the columns every row of it fills, how a row joins the tables)
TABLE_KINDS = {
    "unit": (("surface", "unit"), _add_unit),
    "code": (("surface", "code", "position"), _add_currency),
    "role": (("phrase", "role"), _add_cue),
}


def _read_unit_file(path: Path, parts: dict) -> None:
    rows = read_table(path, what="unit table")
    if not rows:
        return
    kind = next((k for k in TABLE_KINDS if k in rows[0]), None)
    if kind is None:
        header = ", ".join(c for c in rows[0] if c != "_line")
        raise ConfigError(f"{path}: a unit table's header needs the columns surface and unit, surface, code and "
                          f"position, or phrase and role (it has {header})")
    required, add = TABLE_KINDS[kind]
    for row in read_table(path, required, what="unit table"):  # again, now checking that table's columns
        add(parts, row, f"{path.name}:{row['_line']}")


@lru_cache(maxsize=8)
def load_tables(extra_files: tuple[str, ...] = ()) -> UnitTables:
    """The shipped tables plus the user's (a file's header decides which table its rows join)."""
    parts: dict = {"units": {}, "currency_prefix": {}, "currency_suffix": {}, "bounds_before": {},
                   "bounds_after": {}, "label_before": set(), "vague_before": set(), "per_words": {},
                   "context": {}, "sources": {}, "zone_prefix": set(), "money_suffix": {},
                   "local_prefix": {}}
    for path in (UNIT_FILE, CURRENCY_FILE, CUE_FILE, *map(Path, extra_files)):
        _read_unit_file(Path(path), parts)
    parts["label_before"] = frozenset(parts["label_before"])
    parts["vague_before"] = frozenset(parts["vague_before"])
    parts["zone_prefix"] = frozenset(parts["zone_prefix"])
    parts["context"] = {role: frozenset(v) for role, v in parts["context"].items()}
    return UnitTables(**parts)


@lru_cache(maxsize=1)
def _currency_zones() -> tuple[tuple[str, re.Pattern, str], ...]:
    """(name as written, its pattern between word bounds, ISO code) per row."""
    rows = read_table(ZONE_FILE, ("country", "code"), what="currency zone table")
    return tuple((row["country"], re.compile(rf"\b{re.escape(row['country'])}\b"), row["code"].upper())
                 for row in rows)


def local_code(text: str, codes: frozenset) -> str | None:
    """The one code of ``codes`` whose states the text names ("the Canadian finance minister announced $12bn": CAD); None when
    it names none of them or states of two (a text naming the United States and Canada keeps "$" as USD)."""
    named = zones_named_in(text) & codes
    return next(iter(named)) if len(named) == 1 else None


def zone_code(text: str, codes: str) -> str | None:
    """One ISO 4217 code for a name shared by several ("XAF/XOF" for "CFA franc"): the code of the states the
    text names, when they all use one of them; None when the text names none or states of two zones."""
    named = zones_named_in(text) & set(codes.split("/"))
    return next(iter(named)) if len(named) == 1 else None


@lru_cache(maxsize=4)
def zones_named_in(text: str) -> frozenset[str]:
    """The codes of every currency zone whose states ``text`` names: read once per text (the quantity readers
    ask once per ambiguous currency name of the same document)."""
    # the pattern is the name as written between word bounds: a text without the name as a substring is
    # not searched
    return frozenset(code for name, pattern, code in _currency_zones() if name in text and pattern.search(text))
