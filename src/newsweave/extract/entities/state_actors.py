"""Named actors of a state from the PETRARCH2 Phoenix country dictionary (``data/plover/petrarch_country_actors.tsv``,
derived by ``scripts/derive_plover_lexicon.py``): leaders, ministers and state bodies with the state they act for
("Helmut Kohl" -> DEU).  Used by :func:`affiliation.country_of_state_actor` when the words around a name give
no state; only names of two words or more, and only names the dictionary gives one state.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ...tables import read_table

STATE_ACTORS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "plover" / "petrarch_country_actors.tsv"
# a one-word name ("Kohl", "Gore") is too often someone else's: only full names are looked up
MIN_WORDS = 2


def normal(name: str) -> str:
    """``U.S. Vice-President Al Gore`` -> ``us vice president al gore`` (case, dots, hyphens, spaces and accents:
    ``Andrés López`` -> ``andres lopez``, as the dictionary spells names)."""
    name = name.replace(".", "").replace("\u2019", "'")
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"\s+", " ", re.sub(r"[-_]", " ", name)).strip().lower()


@lru_cache(maxsize=2)
def state_actors(path: Path = STATE_ACTORS_FILE) -> dict[str, str]:
    """Normalised name or alias -> the state's code; a name the dictionary gives two states is left out."""
    found: dict[str, set[str]] = {}
    for row in read_table(path, ("name", "country"), what="PETRARCH country actors table"):
        for name in [row["name"], *(row.get("aliases") or "").split("|")]:
            key = normal(name)
            if len(key.split()) >= MIN_WORDS:
                found.setdefault(key, set()).add(row["country"])
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
