"""Step 2, quotes: quoted spans found in the characters (curly, straight and single marks).

A paragraph that opens a quote without closing it continues when the next paragraph opens with a quote
mark; an unclosed quote ends with its paragraph rather than swallowing the article's other quotes.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .layout import Paragraph, _Segmented
from .vocab import DOUBLE_CLOSE, DOUBLE_OPEN, SCARE_QUOTE_MAX_WORDS, SINGLE_CLOSE, SINGLE_OPEN

# the only characters the scans act on (a closing mark may be a reversed opening one): the scans visit these
# positions and skip the text between them, which no branch reads
_DOUBLE_MARKS = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + '"') + "]")
_SINGLE_MARKS = re.compile("[" + re.escape(SINGLE_OPEN + SINGLE_CLOSE + "'") + "]")

@dataclass
class Quote(_Segmented):
    """A quoted stretch: one or more segments (inside the marks), interrupted or across paragraphs."""
    segments: list  # [(start, end)]
    cue: str | None = None
    cue_token: int | None = None
    subject: int | None = None  # token index of the speaker's head word
    absorbed: bool = False
    rule: str = ""  # the rule that attributed it, with its cue row (``claims:quote-with-cue cues.tsv:12``)
    label: bool = False  # introduced by a quote label ("Quote:") that names no speaker


def _straight_is_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014-/:") and not after.isspace()


def _reversed_open(text: str, i: int) -> bool:
    """A closing mark written where a quote opens ('”We will stay,” she said'), a slip some publishing
    systems make: the mark stands after a space or at the paragraph's start and before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] == "\u201d" and (before.isspace() or before in "([") and after.isalnum()


def _reversed_close(text: str, i: int) -> bool:
    """An opening mark written where a quote closes ('"We will stay,“ she said'), the same slip the other way:
    the mark stands right after the quote's last punctuation and before a space or the paragraph's end."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] == "\u201c" and before in ",.!?" and (after.isspace() or after in ".,;")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


# two straight apostrophes written for a double quote mark (a wire style: ''We are ready,'' she said)
_DOUBLED_APOSTROPHES = re.compile(r"''(?!')")


def doubled_apostrophes_as_marks(text: str) -> str:
    """The text with each pair of straight apostrophes standing for a double quote mark read as one mark and a
    space, the mark on the side of the quoted words (the same length, so offsets hold): an opening pair before a
    word becomes ' "', a closing pair '" '."""
    def mark(m: re.Match) -> str:
        after = text[m.end():m.end() + 1]
        return ' "' if after[:1].isalnum() or after in "‘“(" and after else '" '
    return _DOUBLED_APOSTROPHES.sub(mark, text) if "''" in text else text


def find_quotes(text: str, pars: list[Paragraph]) -> list[Quote]:
    """Quoted spans of ``text``; double marks first, then single marks outside them."""
    text = doubled_apostrophes_as_marks(text)
    quotes: list[Quote] = []
    open_at: int | None = None
    carried: list = []  # segments of a quote still open at a paragraph break
    for n, par in enumerate(pars):
        i = par.start
        if open_at is not None:  # the previous paragraph left a quote open
            first = text[par.start:par.end].lstrip()[:1]
            if first in DOUBLE_OPEN + '"' or _reversed_open(text, text.index(first, par.start)):
                # ...and this one reopens it: the same quote goes on
                carried.append(_trim(text, open_at, pars[n - 1].end))
                i = open_at = text.index(first, par.start) + 1
            else:  # an unclosed quote ends with its paragraph: keep it rather than drop the article's quotes
                carried.append(_trim(text, open_at, pars[n - 1].end))
                quotes.append(Quote(segments=carried))
                carried, open_at = [], None
        for mark in _DOUBLE_MARKS.finditer(text, i, par.end):
            i = mark.start()
            c = text[i]
            is_open = c in DOUBLE_OPEN or (open_at is None and (c == '"' and _straight_is_open(text, i)
                                                                or _reversed_open(text, i)))
            is_close = c in DOUBLE_CLOSE or open_at is not None and (c == '"' or _reversed_close(text, i))
            if open_at is None and is_open:
                open_at = i + 1
            elif open_at is not None and is_close:
                seg = _trim(text, open_at, i)
                if seg[1] > seg[0]:
                    quotes.append(Quote(segments=carried + [seg]))
                carried, open_at = [], None
            elif open_at is not None and c in DOUBLE_OPEN:  # a stray opener: restart here
                open_at = i + 1
    if open_at is not None:
        carried.append(_trim(text, open_at, pars[-1].end))
        quotes.append(Quote(segments=carried))
    inside = [(q.start, q.end) for q in quotes]
    quotes += _single_quotes(text, pars, inside)
    return sorted(quotes, key=lambda q: q.start)


def _single_quotes(text: str, pars: list[Paragraph], inside: list) -> list[Quote]:
    out = []

    def in_double(i: int) -> bool:
        return any(s - 1 <= i <= e for s, e in inside)

    for par in pars:
        open_at = None
        for mark in _SINGLE_MARKS.finditer(text, par.start, par.end):
            i = mark.start()
            c = text[i]
            if in_double(i):
                continue
            before = text[i - 1] if i > par.start else " "
            after = text[i + 1] if i + 1 < par.end else " "
            if open_at is None:
                if c in (SINGLE_OPEN, "'") and (before.isspace() or before in "([") and after.isalpha():
                    open_at = i + 1
            elif c in (SINGLE_CLOSE, "'") and not before.isspace() and not after.isalnum():
                seg = _trim(text, open_at, i)
                if seg[1] > seg[0]:
                    out.append(Quote(segments=[seg]))
                open_at = None
    return out


class QuoteIndex:
    """Which characters lie inside a quote (marks included)."""

    def __init__(self, quotes: list[Quote]):
        self.spans = sorted((s - 1, e + 1) for q in quotes for s, e in q.segments)
        self.starts = [s for s, _ in self.spans]

    def inside(self, offset: int) -> bool:
        k = bisect.bisect_right(self.starts, offset) - 1
        return k >= 0 and self.spans[k][0] <= offset < self.spans[k][1]


def right_after_quote(text: str, offset: int, quote_index: QuoteIndex) -> bool:
    """Only punctuation between a closing quote mark and ``offset`` (an inverted attribution); a short
    quoted name right before the cue with no comma ('the "Harbour Guard" said') is its subject instead."""
    k = offset - 1
    while k >= 0 and (text[k].isspace() or text[k] in ",;:\u2014-\"'" + DOUBLE_CLOSE + SINGLE_CLOSE):
        k -= 1
    if not (k >= 0 and quote_index.inside(k) and not quote_index.inside(offset)):
        return False
    lo = k
    while lo > 0 and quote_index.inside(lo - 1):
        lo -= 1
    fragment = len(text[lo:k + 1].split()) <= SCARE_QUOTE_MAX_WORDS
    # 'The toll is "very high," said the minister': a fragment closing a clause of the writer's words is no
    # quotation of its own; the cue reports the whole clause
    opening = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo)) + 1
    if fragment and re.search(r"\w", text[opening:lo].rstrip(DOUBLE_OPEN + SINGLE_OPEN + "\"'")):
        return False
    if any(ch in ",;:\u2014-" for ch in text[k + 1:offset]) or text[k] in "?!.,":
        return True
    return not fragment
