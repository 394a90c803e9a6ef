"""Token positions picked from a parsed Doc's columns instead of a ``Token`` object per token.

Iterating a Doc builds one ``Token`` object per token and per pass; several extractors only look for the few
tokens with a given word, tag or part of speech. These helpers read spaCy's columns (``Doc.to_array``) and test
each distinct string once, so the answer is the same as the per-token test. The columns of the Doc last asked
about are kept (one Doc at a time: the extractors work through one document before the next; the Doc is held,
so its identity is not reused).
"""
from __future__ import annotations

from typing import Callable

import numpy as np

_last: list = [None, {}]  # [the Doc, {attr: (column, distinct values, each value's string, inverse index)}]


TEXT_KEY = "newsweave_text"


def doc_text(doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each ``Doc.text``. The parse seeds
    it with the text it was given (the tokenizer keeps every character, so the two are equal)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


_known: list = [None, {}]  # [a StringStore, {hash or symbol id: its string}]
_KNOWN_LIMIT = 1 << 18


def _strings_of(strings, keys: list[int]) -> list[str]:
    """``[strings[k] for k in keys]``, each key's string read from the StringStore once per process (a dict
    look-up is cheaper than the store's decoding; a string's hash never changes, and the cache is the one store's)."""
    if _known[0] is not strings or len(_known[1]) > _KNOWN_LIMIT:
        _known[0], _known[1] = strings, {}
    known = _known[1]
    out = []
    for k in keys:
        s = known.get(k)
        if s is None:
            s = known[k] = strings[k]
        out.append(s)
    return out


def _distinct(doc, attr: str):
    if _last[0] is not doc:
        _last[0], _last[1] = doc, {}
    found = _last[1].get(attr)
    if found is None:
        column = doc.to_array(attr)
        values, inverse = np.unique(column, return_inverse=True)
        found = _last[1][attr] = (values, _strings_of(doc.vocab.strings, values.tolist()), inverse)
    return found


def token_at(doc, char):
    """The token that starts at character ``char``, or None (``{t.idx: t for t in doc}.get(char)`` without a
    ``Token`` per token): a search in the Doc's character offsets, read once per Doc."""
    if char is None or len(doc) == 0:
        return None
    if _last[0] is not doc:
        _last[0], _last[1] = doc, {}
    starts = _last[1].get("IDX column")
    if starts is None:
        starts = _last[1]["IDX column"] = doc.to_array("IDX")
    i = int(np.searchsorted(starts, char))
    return doc[i] if i < len(starts) and starts[i] == char else None


def head_indices(doc):
    """Each token's head's index (``[t.head.i for t in doc]``) as an array, read once per Doc: spaCy's HEAD column
    is the head's offset from the token."""
    if _last[0] is not doc:
        _last[0], _last[1] = doc, {}
    found = _last[1].get("HEAD index")
    if found is None:
        found = _last[1]["HEAD index"] = np.arange(len(doc), dtype=np.int64) + doc.to_array("HEAD").astype(np.int64)
    return found


def token_strings(doc, attr: str = "ORTH") -> list[str]:
    """Each token's ``attr`` string in order (``[t.text for t in doc]`` for "ORTH"), without a ``Token`` per token."""
    if len(doc) == 0:
        return []
    _values, strings, inverse = _distinct(doc, attr)
    return [strings[i] for i in inverse.tolist()]


def distinct_strings(doc, attr: str = "ORTH") -> list[str]:
    """The distinct ``attr`` strings of the Doc's tokens (``{t.text for t in doc}`` for "ORTH", as a list)."""
    if len(doc) == 0:
        return []
    return list(_distinct(doc, attr)[1])


_ANSWERS: dict = {}  # (attr, test's name, id of what it reads) -> (what it reads, {string key: answer})


def _answers(attr: str, memo: tuple[str, object]) -> dict:
    """The answers remembered for a named test: ``memo`` is (a name for the test, the object it reads besides the
    string, or None); the object is held, so its identity is not reused while its answers are kept."""
    name, reads = memo
    key = (attr, name, id(reads))
    got = _ANSWERS.get(key)
    if got is None or got[0] is not reads or len(got[1]) > _KNOWN_LIMIT:
        got = _ANSWERS[key] = (reads, {})
    return got[1]


def mask_where(doc, attr: str, test: Callable[[str], object], memo: tuple[str, object] | None = None):
    """A boolean array over the tokens: does the token's ``attr`` string ("ORTH": ``text``, "LOWER": ``lower_``,
    "TAG": ``tag_``, "POS": ``pos_``) pass ``test``? Each distinct string is tested once.

    ``memo`` (a name for the test, and the one table it reads besides the string, or None): the caller's promise
    that the test's answer depends on the string and that table alone, so each answer is kept for the process
    (a string's key never changes) and a word is tested once in all, not once per document."""
    if len(doc) == 0:
        return np.zeros(0, dtype=bool)
    values, strings, inverse = _distinct(doc, attr)
    if memo is None:
        keep = np.fromiter((bool(test(s)) for s in strings), dtype=bool, count=len(strings))
        return keep[inverse]
    answers = _answers(attr, memo)
    keys = _keys(doc, attr, values)
    got = list(map(answers.get, keys))
    if None in got:
        for j in [j for j, a in enumerate(got) if a is None]:
            got[j] = answers[keys[j]] = bool(test(strings[j]))
    return np.array(got, dtype=bool)[inverse]


def _keys(doc, attr: str, values) -> list[int]:
    """The distinct ``attr`` values of the Doc as Python ints, once per Doc and attribute."""
    found = _last[1].get(("keys", attr))
    if found is None:
        found = _last[1][("keys", attr)] = values.tolist()
    return found


def positions_where(doc, attr: str, test: Callable[[str], object], memo: tuple[str, object] | None = None) -> list[int]:
    """Indices, in order, of the tokens whose ``attr`` string passes ``test`` (see ``mask_where``)."""
    return np.flatnonzero(mask_where(doc, attr, test, memo)).tolist()


def positions_in(doc, attr: str, words) -> list[int]:
    """``positions_where(doc, attr, lambda s: s in words)`` for a set or dict ``words``: each distinct string is
    looked up with the container's own membership test (no Python call per string), and the answer is kept with
    the Doc's columns while ``words`` is the same object (the tables are read once per process and not changed)."""
    if len(doc) == 0:
        return []
    _values, strings, inverse = _distinct(doc, attr)
    key = ("in", attr, id(words))
    found = _last[1].get(key)
    if found is None or found[0] is not words:
        keep = np.fromiter(map(words.__contains__, strings), dtype=bool, count=len(strings))
        found = _last[1][key] = (words, np.flatnonzero(keep[inverse]).tolist())
    return list(found[1])


def positions_of_pos(doc, *tags: str) -> list[int]:
    """Indices, in order, of the tokens whose coarse part of speech (``pos_``) is one of ``tags``."""
    return positions_where(doc, "POS", lambda s: s in tags)


def blocks_after_breaks(doc) -> list[int]:
    """For each token, how many tokens before it hold a line break (its paragraph number when every break
    starts a new paragraph): the count ``for t in doc: ...; if "\\n" in t.text: n += 1`` keeps."""
    n = len(doc)
    holds = mask_where(doc, "ORTH", lambda s: "\n" in s).astype(np.int64)
    if not holds.any():
        return [0] * n
    return np.concatenate(([0], np.cumsum(holds)[:-1])).tolist()
