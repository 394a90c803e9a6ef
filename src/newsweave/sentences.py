"""One sentence-offset helper for every stage: the parser's sentences when known, else one punctuation rule.

The NLP stage's sentences (spaCy's, after the layout's line breaks) are the document's sentences: they are
stored with it and every later reader (provenance, dates, copies, footnotes) asks this module for the
sentence around a place instead of splitting the text again. Only text without parsed sentences (a store
made before they were stored, a test calling a function on a bare string) falls back to
:data:`SENTENCE_END`.

Copy detection splits by :data:`SENTENCE_END` on purpose: a signature must be a function of the text alone,
so that a sentence copied into another page splits the same way there (the parser's boundaries depend on the
neighbouring sentences and on the model's version, and stored signatures outlive both).
"""
from __future__ import annotations

import bisect
import re

from .nlp.columns import doc_text
from functools import lru_cache
from operator import itemgetter
from typing import Sequence

# the fallback rule: a sentence ends at . ! ? … (and any closing quotes or brackets) before white space and a
# capital, digit or opening quote; at a blank line; or at a line break before a capital or quote
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")

_START = itemgetter(0)


@lru_cache(maxsize=8)
def punctuation_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The text's sentences by :data:`SENTENCE_END`, white space around each left out (cached per text)."""
    spans, start = [], 0
    for m in [*SENTENCE_END.finditer(text), None]:
        # closing quotes and brackets after the full stop belong to the sentence
        end = m.start() + len(m.group()) - len(m.group().lstrip("\"”’)]")) if m else len(text)
        piece = text[start:end]
        lead, tail = len(piece) - len(piece.lstrip()), len(piece.rstrip())
        if tail > lead:
            spans.append((start + lead, start + tail))
        if m:
            start = m.end()
    return tuple(spans)


class Sentences:
    """The sentences of one text as sorted ``(start, end)`` offsets (end exclusive)."""

    def __init__(self, text: str, bounds: Sequence[tuple[int, int]] | None = None):
        """``bounds`` in order of ``start`` (as the store returns them) are used as they are, not copied:
        a footnote per record of a long text asks for its sentence thousands of times."""
        self.text = text
        self.spans: Sequence[tuple[int, int]] = bounds or punctuation_spans(text)

    def __len__(self) -> int:
        return len(self.spans)

    def index(self, pos: int) -> int:
        """The sentence holding ``pos`` (between two sentences: the one before; before the first: -1)."""
        return bisect.bisect_right(self.spans, pos, key=_START) - 1

    def around(self, start: int, end: int) -> tuple[int, int]:
        """From the first sentence holding ``start`` to the last one holding ``end`` (the span itself at least)."""
        if not self.spans:
            return start, end
        i = max(0, self.index(start))
        j = max(i, self.index(max(start, end - 1)))
        return min(self.spans[i][0], start), max(self.spans[j][1], end)

    def same(self, a: int, b: int) -> bool:
        """Whether the places ``a`` and ``b`` stand in one sentence."""
        return self.index(a) == self.index(b)

    def texts(self) -> list[str]:
        return [self.text[s:e] for s, e in self.spans]



_BOUNDS_KEY = "newsweave_sentence_bounds"


def parsed_bounds(parsed) -> list[tuple[int, int]]:
    """The parser's sentences of a parsed document (anything with spaCy's ``sents``), without the white space
    around them (a blank sentence is none). A spaCy ``Doc`` keeps them in its ``user_data`` (the pipeline and
    the event stage both ask for them), and its text is built once and sliced, not once per sentence."""
    user_data = getattr(parsed, "user_data", None)
    if user_data is None:
        return _bounds(parsed)
    if _BOUNDS_KEY not in user_data:
        fast = "sents" not in getattr(parsed, "user_hooks", {"sents": None})
        user_data[_BOUNDS_KEY] = tuple(_doc_bounds(parsed) if fast else _bounds(parsed, doc_text(parsed)))
    return list(user_data[_BOUNDS_KEY])


def _doc_bounds(doc) -> list[tuple[int, int]]:
    """``_bounds`` of a Doc without building a Span per sentence: a sentence starts at every token whose
    sentence-start flag is 1 (what ``Doc.sents`` splits at), its characters run to its last token's end."""
    import numpy as np
    from spacy.attrs import IDX, LENGTH, SENT_START

    if len(doc) == 0:
        return []
    if not doc.has_annotation("SENT_START"):
        return _bounds(doc, doc_text(doc))  # Doc.sents says what is missing
    cols = doc.to_array([SENT_START, IDX, LENGTH])
    starts = [0, *(int(i) + 1 for i in np.flatnonzero(cols[1:, 0] == 1)), len(doc)]
    text, out = doc_text(doc), []
    for s, e in zip(starts, starts[1:]):
        start_char, end_char = int(cols[s, 1]), int(cols[e - 1, 1] + cols[e - 1, 2])
        chars = text[start_char:end_char]
        lead, tail = len(chars) - len(chars.lstrip()), len(chars.rstrip())
        if tail > lead:
            out.append((start_char + lead, start_char + tail))
    return out


def _bounds(parsed, text: str | None = None) -> list[tuple[int, int]]:
    out = []
    for sent in parsed.sents:
        chars = sent.text if text is None else text[sent.start_char:sent.end_char]
        lead, tail = len(chars) - len(chars.lstrip()), len(chars.rstrip())
        if tail > lead:
            out.append((sent.start_char + lead, sent.start_char + tail))
    return out
