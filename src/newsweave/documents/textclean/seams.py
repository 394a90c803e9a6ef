"""Seams where page chrome is glued to prose inside one unit ("... at the site. (Photo by Jane Roe / Agency)",
"... it ended. 10:15 AM GMT Ministers meet ...", "... said. See also Other headline"): no line-level decision can
drop such chrome, so before the line classifier runs (``lineclass.drop_by_classifier``) a kept unit is cut at
each seam of ``data/cleaning/glue_seams.tsv`` (kind, cut, pattern, source) and the pieces are classified as units.
A piece the model keeps stays in its paragraph; a piece it drops goes alone."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...tables import read_table

SEAMS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "cleaning" / "glue_seams.tsv"
CUTS = ("before", "after", "around")


@lru_cache(maxsize=4)
def load_seams(path: str | None = None) -> tuple[tuple[str, str, re.Pattern], ...]:
    rows = read_table(path or SEAMS_FILE, required=("kind", "cut", "pattern", "source"), what="glue seams")
    out = []
    for r in rows:
        if r["cut"] not in CUTS:
            raise ValueError(f"glue seam {r['pattern']!r}: cut must be one of {CUTS}")
        out.append((r["kind"], r["cut"], re.compile(r["pattern"])))
    return tuple(out)


def seam_cuts(text: str, seams=None) -> list[int]:
    """The character offsets where ``text`` is cut (sorted, inside the text)."""
    cuts: set[int] = set()
    for _kind, cut, rx in seams or load_seams():
        for m in rx.finditer(text):
            if cut in ("before", "around"):
                cuts.add(m.start())
            if cut in ("after", "around"):
                cuts.add(m.end())
    return sorted(c for c in cuts if 0 < c < len(text))


def split_at_seams(text: str, seams=None) -> list[str]:
    """``text`` cut at its seams, each piece stripped (one piece when there is no seam)."""
    cuts = seam_cuts(text, seams)
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    pieces = [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]
    return [p for p in pieces if p] or [text]


def seam_pieces(texts: list[str], dropped: list[bool] | None = None) -> list[tuple[int, str]]:
    """Every unit's pieces as ``(unit index, piece)``, in order; a unit already dropped stays whole."""
    out: list[tuple[int, str]] = []
    for i, t in enumerate(texts):
        if dropped is not None and dropped[i]:
            out.append((i, t))
        else:
            out.extend((i, p) for p in split_at_seams(t))
    return out
