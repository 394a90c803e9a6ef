"""One state body, however it is written: descriptions of an organisation reduced to a key.

News names a state's body in many ways: by its name ("National Intelligence Service"), its acronym
("NIS", an alias), with its state in front ("South Korea's National Intelligence Service"), or by a
description ("Seoul's spy agency", "the South Korean espionage agency" in a spun copy). Within one
state, :func:`org_keys` takes the state's own names off the front of each name and alias (its name,
aliases, adjective, people and capital, from ``data/gazetteer/countries.tsv``; "X's" too), then maps
what is left through ``data/crossdoc/org_descriptors.tsv`` ("spy agency", "intelligence service" ->
``intelligence-agency``). Organisations of the same kind and state that share a key are one body
(:func:`newsweave.consolidate.graph.link_entities`, rule ``same description in <ISO3>``).

A listed description gives its key; any other name of two words or more gives itself as key, with the
state's names taken off ("South Korea's National Intelligence Service" and "National Intelligence
Service" meet); one word ("Ministry") gives none, so two bodies merely sharing a word never merge.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..tables import DATA_DIR, read_table

DESCRIPTORS_FILE = DATA_DIR / "crossdoc" / "org_descriptors.tsv"
COUNTRIES_FILE = DATA_DIR / "gazetteer" / "countries.tsv"
_COUNTRY_COLUMNS = ("name", "aliases", "adjectives", "people", "capitals")


@lru_cache(maxsize=4)
def descriptors(extra_files: tuple[str, ...] = ()) -> dict[str, str]:
    """Description phrase (lower case) -> key; the user's files after the shipped one."""
    out: dict[str, str] = {}
    for path in (DESCRIPTORS_FILE, *map(Path, extra_files)):
        for row in read_table(path, ("phrase", "key"), what="organisation description table"):
            out[" ".join(row["phrase"].lower().split())] = row["key"]
    return out


@lru_cache(maxsize=1)
def state_prefixes() -> dict[str, re.Pattern]:
    """ISO3 -> a pattern for the state's own names at the front of a name ("South Korea's ", "Seoul ")."""
    out = {}
    for row in read_table(COUNTRIES_FILE, ("country",), what="country table"):
        forms = {f.strip() for c in _COUNTRY_COLUMNS for f in (row.get(c) or "").split("|") if f.strip()}
        if not forms:
            continue
        alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        out[row["country"]] = re.compile(rf"(?:the\s+)?(?:{alternatives})(?:['\u2019]s?)?\s+", re.I)
    return out


def _bare(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)  # "Main Directorate of Intelligence (Ukraine)"
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return " ".join(name.lower().split())


def org_keys(names: tuple[str, ...] | list[str], country: str | None,
             extra_files: tuple[str, ...] = ()) -> set[str]:
    """The description keys of an organisation of ``country`` known by ``names`` (empty without a state)."""
    if not country:
        return set()
    prefix = state_prefixes().get(country)
    table = descriptors(extra_files)
    keys = set()
    for name in names:
        bare = _bare(name)
        if not bare:
            continue
        rest = bare
        m = prefix.match(name.strip()) if prefix else None
        if m:
            rest = _bare(name.strip()[m.end():])
        if rest in table:
            keys.add(table[rest])
        elif len(rest.split()) >= 2:  # a name of two words or more, with or without its state in front
            keys.add(re.sub(r"[^a-z0-9]+", "-", rest).strip("-"))
    return keys
