"""The chrome cue table (``data/cleaning/chrome_cues.tsv`` and ``Options.cleaning_cue_files``): kind, scope,
pattern and source per row, read by :func:`newsweave.tables.read_table`; and the cue kinds of a line,
including rows of separated items ("Home > World > Asia", "Print | Share")."""
from __future__ import annotations

import re
import re._constants as _C
import re._parser as _P
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
    """The kinds of the cue rows that match ``cue_text`` (each row in its scope): the same kinds as matching each
    (kind, scope) alternation of ``cue_matchers``, but a row that holds a literal word (one of which every match
    contains, read from the pattern) is only tried on a text holding it, a row ending in literal words before ``$``
    only on a text ending with one of them, and the other rows of a kind together, in two alternations: the rows
    whose matches have a longest length (``re``'s own width of the pattern) only on a text no longer than that
    when the whole text must match (scope "line"), the rest on any text at least as long as their shortest match."""
    found: set[str] = set()
    folded = None
    size = len(cue_text)
    for kind, guarded, ended, rest in _guarded_matchers(extra):
        if kind in found or (only is not None and kind not in only):
            continue
        if (guarded or ended) and folded is None:
            folded = cue_text.translate(_CASE_TWINS).lower()
            tail = folded[:-1] if folded.endswith("\n") else None
        for needles, match in guarded:
            for n in needles:
                if n in folded:
                    if match(cue_text):
                        found.add(kind)
                    break
            if kind in found:
                break
        if kind in found:
            continue
        for endings, match in ended:
            if (folded.endswith(endings) or (tail is not None and tail.endswith(endings))) and match(cue_text):
                found.add(kind)
                break
        if kind in found:
            continue
        for lo, hi, match in rest:
            if lo <= size <= hi and match(cue_text):
                found.add(kind)
                break
    return frozenset(found)


# non-ASCII letters that an ASCII letter of a pattern matches under re.IGNORECASE (Python's case equivalences:
# dotted and dotless i, long s, the Kelvin sign), folded to it before the literal words are looked for
_CASE_TWINS = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
# a literal word shorter than this rules too little out to be worth a test
_MIN_NEEDLE = 3


def _required(items) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of the parsed pattern ``items`` holds (the most selective
    such set found), or None when none is known."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush():
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL and (av < 128 or _caseless_symbol(av)):
            run.append(chr(av).lower())
            continue
        flush()
        need = None
        if op is _C.SUBPATTERN:
            need = _required(av[-1])
        elif op is _C.ATOMIC_GROUP:
            need = _required(av)
        elif op is _C.BRANCH:
            alternatives = [_required(alt) for alt in av[1]]
            if all(a is not None for a in alternatives):
                need = frozenset().union(*alternatives)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _required(av[2])
        if need is not None:
            options.append(need)
    flush()
    return max(options, key=lambda o: (min(map(len, o)), -len(o))) if options else None


def _caseless_symbol(code: int) -> bool:
    """A character that is no letter and has no case (©, €, №): under re.IGNORECASE it matches itself only."""
    c = chr(code)
    return not c.isalpha() and c.lower() == c == c.upper() and c.casefold() == c


def row_needles(pattern: str) -> tuple[str, ...]:
    """The literal words one of which every match of the cue pattern holds (lower case), or () when there are
    none long enough to rule a text out (a rare symbol, outside ASCII, is long enough: "©")."""
    need = _required(_P.parse(pattern, re.I))
    return tuple(sorted(need)) if need and all(len(n) >= _MIN_NEEDLE or max(n) > "\x7f" for n in need) else ()


@lru_cache(maxsize=8)
def _guarded_matchers(extra: tuple[str, ...] = ()):
    """Per (kind, scope), in table order: the searched rows with literal words, each as (its words, its matcher),
    and one alternation of the others (None when there are none)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for cue in all_cues(extra):
        grouped.setdefault((cue.kind, cue.scope), []).append(cue.pattern.pattern)

    def matcher(patterns, scope):
        alternation = "|".join(f"(?:{p})" for p in patterns)
        rx = re.compile(rf"\b(?:{alternation})" if scope == "word" else alternation, re.I)
        return {"line": rx.fullmatch, "start": rx.match}.get(scope, rx.search)

    def bounded(patterns):
        lo, hi = _P.parse("|".join(f"(?:{p})" for p in patterns), re.I).getwidth()
        if scope != "line" or hi >= _C.MAXREPEAT:
            hi = _UNBOUNDED  # only a whole-text match is bounded above by its pattern's width
        return lo, hi, matcher(patterns, scope)

    out = []
    for (kind, scope), patterns in grouped.items():
        guarded, ended, short, rest = [], [], [], []
        for p in patterns:
            # (a line or start pattern fails at once on most texts: only searched rows are worth a guard)
            needles = row_needles(p) if scope in ("word", "any") else ()
            endings = row_endings(p) if scope in ("word", "any") and not needles else ()
            if needles:
                guarded.append((needles, matcher([p], scope)))
            elif endings:
                ended.append((endings, matcher([p], scope)))
            elif scope == "line" and _P.parse(p, re.I).getwidth()[1] < _C.MAXREPEAT:
                short.append(p)
            else:
                rest.append(p)
        out.append((kind, tuple(guarded), tuple(ended), tuple(bounded(ps) for ps in (short, rest) if ps)))
    return tuple(out)


_UNBOUNDED = float("inf")


def _endings(items) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of the parsed pattern ``items`` ends with, or None."""
    if not items:
        return None
    op, av = items[-1]
    if op is _C.LITERAL and av < 128:
        run = []
        for op, av in reversed(items):
            if op is not _C.LITERAL or av >= 128:
                break
            run.append(chr(av).lower())
        return frozenset({"".join(reversed(run))})
    if op is _C.SUBPATTERN:
        return _endings(av[-1])
    if op is _C.BRANCH:
        alternatives = [_endings(alt) for alt in av[1]]
        if all(a is not None for a in alternatives):
            return frozenset().union(*alternatives)
    return None


def row_endings(pattern: str) -> tuple[str, ...]:
    """For a cue pattern ending in ``$`` (end of the text, or before a last newline) right after literal words: those
    words, lower case, one of which the text then ends with; () otherwise."""
    parsed = _P.parse(pattern, re.I)
    if parsed.state.flags & re.M or not len(parsed) or tuple(parsed[-1]) != (_C.AT, _C.AT_END):
        return ()
    endings = _endings(list(parsed)[:-1])
    return tuple(sorted(endings)) if endings and min(map(len, endings)) >= 1 else ()


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
