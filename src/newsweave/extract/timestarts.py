"""Where each time-expression pattern of :mod:`newsweave.extract.time` can start a match, found before the
pattern is tried: each pattern starts with ``\\b`` or a look-behind and an alternation, which ``re`` would
otherwise try at every position of the text (it has no literal prefix to scan for). A pattern whose leading
words change must change its finders here (``tests/test_time_finders.py`` compares with a whole-text search);
a pattern without finders is searched over the whole text."""
from __future__ import annotations

import re
from typing import Iterable

# The finders run case-sensitively on the text folded by :func:`newsweave.fold.fold` (of the same length: every
# character a case-insensitive ASCII letter matches as that letter, in lower case), each on a leading literal word
# a match needs; a finder consumes letters only, so the word starts it passes over inside its own hits cannot
# start a match. A digit-led match starts a run of digits.
_M_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_WD_STEMS = "mon|tue|wed|thu|fri|sat|sun"
_FINDERS = {name: re.compile(rx) for name, rx in {
    "digit": r"\d+",
    "month": _M_STEMS,
    "weekday": _WD_STEMS,
    "part": r"early|mid|late|end|beginning|start|the(?=\s+(?:end|beginning|start|middle))",
    "rel_word": r"yesterday|today|tomorrow|tonight|last(?=\s+night)|this(?=\s+(?:morning|afternoon|evening))",
    "rel_period": r"(?:earlier|later|early|late)(?=\s+(?:this|last|next|past))|(?:this|last|next|past)(?=\s+(?:week|month|year))",
    "weekday_lead": rf"(?:last|next|this|on|coming)(?=\s+(?:{_WD_STEMS}))",
    "month_lead": rf"(?:last|next|this|in|since|until|by|from|during)(?=\s+(?:{_M_STEMS}))",
}.items()}
# the finders of each pattern (a pattern without finders is searched over the whole text)
_STARTS: dict[str, tuple[str, ...]] = {
    "iso": ("digit",), "weekday_mdy": ("weekday",), "weekday_dmy": ("weekday",), "mdy": ("month",),
    "dmy": ("digit",), "weekday_md": ("weekday",), "weekday_dm": ("weekday",), "md": ("month",), "dm": ("digit",),
    "part_my": ("part",), "my": ("month",), "part_y": ("part",), "rel_word": ("rel_word",),
    "rel_period": ("rel_period",), "rel_weekday": ("weekday", "weekday_lead"), "part_m": ("part",),
    "rel_month": ("month_lead",), "year": ("digit",),
}


def matches(kind: str, rx: re.Pattern, text: str, folded: str, found: dict) -> Iterable[re.Match]:
    """``rx.finditer(text)`` for the pattern of ``kind`` (``folded``: ``fold(text)``), trying ``rx`` only where its
    finders allow a match to start; ``found`` keeps each finder's starts for the text's other patterns."""
    names = _STARTS.get(kind)
    if not names:
        yield from rx.finditer(text)
        return
    starts: set[int] = set()
    for name in names:
        if name not in found:
            found[name] = [m.start() for m in _FINDERS[name].finditer(text if name == "digit" else folded)]
        starts.update(found[name])
    pos = 0
    for p in sorted(starts):
        if p >= pos:
            m = rx.match(text, p)
            if m is not None:
                yield m
                pos = m.end()
