"""Token positions picked from a parsed Doc's columns instead of a ``Token`` object per token.

Iterating a Doc builds one ``Token`` object per token and per pass; several extractors only look for the few
tokens with a given word or part of speech. These helpers read spaCy's columns (``Doc.to_array``) and test
each distinct word once (its string from the vocabulary), so the answer is the same as the per-token test.
"""
from __future__ import annotations

from typing import Callable

import numpy as np


def positions_where(doc, attr: str, test: Callable[[str], object]) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` string ("ORTH": ``text``, "LOWER": ``lower_``) passes
    ``test``; each distinct string is tested once."""
    if len(doc) == 0:
        return []
    column = doc.to_array(attr)
    strings = doc.vocab.strings
    keep = [h for h in np.unique(column).tolist() if test(strings[h])]
    if not keep:
        return []
    return np.flatnonzero(np.isin(column, np.array(keep, dtype=column.dtype))).tolist()


def blocks_after_breaks(doc) -> list[int]:
    """For each token, how many tokens before it hold a line break (its paragraph number when every break
    starts a new paragraph): the count ``for t in doc: ...; if "\\n" in t.text: n += 1`` keeps."""
    n = len(doc)
    breaks = positions_where(doc, "ORTH", lambda s: "\n" in s)
    if not breaks:
        return [0] * n
    holds = np.zeros(n, dtype=np.int64)
    holds[breaks] = 1
    return np.concatenate(([0], np.cumsum(holds)[:-1])).tolist()


def positions_of_pos(doc, *tags: str) -> list[int]:
    """Indices, in order, of the tokens whose coarse part of speech (``pos_``) is one of ``tags``."""
    if len(doc) == 0:
        return []
    from spacy.attrs import POS
    from spacy.symbols import IDS

    wanted = np.array([IDS[t] for t in tags], dtype=np.uint64)
    return np.flatnonzero(np.isin(doc.to_array(POS), wanted)).tolist()
