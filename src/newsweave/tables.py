"""The one reader of knowledge tables: tab-separated files with a header and a ``source`` column.

Every shipped table in ``data/`` and every user file named in the settings (``gazetteer_files``,
``unit_files``, ``outlet_files``, ...) goes through :func:`read_table`:

- UTF-8 text; blank lines and lines starting with ``#`` are comments;
- the first other line is the header; it must name the table's required columns and ``source``
  (where the row's knowledge comes from, and under which licence when it is not our own);
- every row has as many cells as the header, and a value in each required column;
- a problem stops the run at start with one line naming the file and the line
  (:class:`~newsweave.errors.ConfigError`), never halfway through a corpus.

Rows are plain dicts of the header's columns, plus ``_line`` (the row's line number in the file), which
rules cite as their provenance (``lexicon:64`` is line 64 of ``lexicon.tsv``).
"""
from __future__ import annotations

from pathlib import Path

from .errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_table(path: str | Path, required: tuple[str, ...] = (), what: str = "data table",
               source: bool = True) -> list[dict]:
    """The rows of one table; ``required`` columns must be in the header and filled in every row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read {what}: {e}") from e
    lines = [(n, line.rstrip("\r")) for n, line in enumerate(text.split("\n"), 1)
             if line.strip() and not line.startswith("#")]
    if not lines:
        raise ConfigError(f"{path}: {what} is empty (it needs a header line)")
    header_line, header = lines[0][0], [c.strip() for c in lines[0][1].split("\t")]
    needed = (*required, *(("source",) if source and "source" not in required else ()))
    missing = [c for c in needed if c not in header]
    if missing:
        raise ConfigError(f"{path}:{header_line}: the {what}'s header lacks column(s) {', '.join(missing)} "
                          f"(it has {', '.join(header)})")
    rows = []
    for n, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > len(header) or (len(cells) < len(header) and any(
                header.index(c) >= len(cells) for c in required)):
            raise ConfigError(f"{path}:{n}: expected {len(header)} tab-separated columns "
                              f"({', '.join(header)}), found {len(cells)}")
        row = dict(zip(header, (c.strip() for c in cells)))
        for c in header[len(cells):]:
            row[c] = ""
        empty = [c for c in required if not row[c]]
        if empty:
            raise ConfigError(f"{path}:{n}: empty {', '.join(empty)} in the {what}")
        row["_line"] = n
        rows.append(row)
    return rows
