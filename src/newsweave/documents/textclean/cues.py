"""The chrome cue table (``data/cleaning/chrome_cues.tsv`` and ``Options.cleaning_cue_files``): kind, scope,
pattern and source per row, read by :func:`newsweave.tables.read_table`; and the cue kinds of a line,
including rows of separated items ("Home > World > Asia", "Print | Share")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from ...config import DATA_DIR
from ...errors import ConfigError
from ...tables import read_table
from ..pubdate import date_line

CUES_FILE = DATA_DIR / "cleaning" / "chrome_cues.tsv"
CUE_SCOPES = ("line", "start", "word", "any")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)

# A breadcrumb or a row of menu items: short items joined by separators ("Home > World > Asia").
BREADCRUMB_MIN_ITEMS = 3
BREADCRUMB_MAX_ITEM_WORDS = 3
SEPARATORS = re.compile(r"\s*(?:>|»|›|\||·|•)\s*|\s+/\s+")
# Kinds a row of items may be made of ("Issue #47 · 9 min read", "Download PDF | Print | Share"):
# when every item of a separated row is chrome of these kinds, so is the row.
ROW_ITEM_KINDS = frozenset({"ui", "menu", "credit", "copyright", "timestamp"})
# A tool row may also space its items apart with runs of blanks ("print article   email   facebook"): such a
# run separates a row's items, never the words of a sentence (read only by ``row_kinds``).
ROW_SEPARATORS = re.compile(SEPARATORS.pattern + r"|\s{3,}")


@dataclass(frozen=True)
class Cue:
    kind: str
    scope: str
    pattern: re.Pattern
    source: str


@lru_cache(maxsize=8)
def load_cues(path: str | Path = CUES_FILE) -> tuple[Cue, ...]:
    """The cue table (kind, scope, pattern, source); comment lines start with '#'."""
    cues = []
    for row in read_table(path, ("kind", "scope", "pattern"), what="cue table"):
        where = f"{path}:{row['_line']}"
        if not row["source"]:
            raise ConfigError(f"{where}: empty source in the cue table (say where the cue comes from)")
        if row["scope"] not in CUE_SCOPES:
            raise ConfigError(f"{where}: cue scope {row['scope']!r} is not one of {', '.join(CUE_SCOPES)}")
        try:
            pattern = re.compile(row["pattern"], re.I)
        except re.error as e:
            raise ConfigError(f"{where}: the cue's pattern is not a valid regular expression ({e})") from e
        cues.append(Cue(row["kind"], row["scope"], pattern, row["source"]))
    return tuple(cues)


def all_cues(extra: tuple[str, ...] = ()) -> tuple[Cue, ...]:
    """The shipped cue table followed by the user's own cue files (``Options.cleaning_cue_files``)."""
    return load_cues(CUES_FILE) + tuple(c for path in extra for c in load_cues(path))


@lru_cache(maxsize=8)
def cue_matchers(extra: tuple[str, ...] = ()) -> tuple[tuple[str, Callable[[str], object]], ...]:
    """One compiled alternation per (kind, scope): a line is matched once per kind, not once per row."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for cue in all_cues(extra):
        grouped.setdefault((cue.kind, cue.scope), []).append(cue.pattern.pattern)
    matchers = []
    for (kind, scope), patterns in grouped.items():
        alternation = "|".join(f"(?:{p})" for p in patterns)
        # "word" patterns are tried only where a word starts, which makes the search several times faster
        rx = re.compile(rf"\b(?:{alternation})" if scope == "word" else alternation, re.I)
        matchers.append((kind, {"line": rx.fullmatch, "start": rx.match}.get(scope, rx.search)))
    return tuple(matchers)


def cue_kinds(cue_text: str, only: tuple[str, ...] | None = None, extra: tuple[str, ...] = ()) -> frozenset[str]:
    return frozenset(kind for kind, match in cue_matchers(extra) if (only is None or kind in only) and match(cue_text))


def is_menu_row(cue_text: str, extra: tuple[str, ...] = ()) -> bool:
    items = [x for x in SEPARATORS.split(cue_text) if x.strip()]
    if len(items) >= BREADCRUMB_MIN_ITEMS and all(len(x.split()) <= BREADCRUMB_MAX_ITEM_WORDS for x in items) \
            and not _URL.search(cue_text) and len(SEPARATORS.findall(cue_text)) >= BREADCRUMB_MIN_ITEMS - 1:
        return True
    # several menu labels on one line ("log in subscribe", "home news sport weather")
    return _menu_sequence(extra)(cue_text) is not None


@lru_cache(maxsize=8)
def _menu_sequence(extra: tuple[str, ...] = ()):
    labels = "|".join(f"(?:{c.pattern.pattern})" for c in all_cues(extra) if c.kind == "menu" and c.scope == "line")
    return re.compile(rf"(?:{labels})(?:\s+(?:{labels}))+", re.I).fullmatch


def row_kinds(cue_text: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """ "ui" or "menu" for a row of separated items that are all chrome (``ROW_ITEM_KINDS`` or dates); a row
    with a timestamp item ("Issue #47 · 9 min read") is a timestamp too, the line under a title."""
    if not ROW_SEPARATORS.search(cue_text):
        return frozenset()
    items = [x.strip(" :.-–—") for x in ROW_SEPARATORS.split(cue_text)]
    items = [x for x in items if x]
    if len(items) < 2:
        return frozenset()
    found: set[str] = set()
    for item in items:
        kinds = cue_kinds(item, extra=extra) & ROW_ITEM_KINDS
        if not kinds and date_line(item) is None:
            return frozenset()
        found |= kinds
    if not found:  # dates only ("29 November 2018 | 20 January 2019"): left to the date-line rules
        return frozenset()
    if not found & {"ui", "timestamp"}:
        return frozenset({"menu"})
    return frozenset({"ui"}) | (found & {"timestamp"})
