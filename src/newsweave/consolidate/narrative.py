"""A text's narrative: what its writer wrote around the quoted passages.

Independent reports of one press conference or statement quote the same words, name the same officials
and repeat the same figures in the order the speaker gave them; a copy shares the *narrative* too (the
wire's own sentences, its order of facts outside the quotes). Copy detection reads quoted speech as weak
evidence (issue 14): the near-duplicate channel confirms a candidate on the shingles outside quotes
(:func:`narrative_shingles`, :func:`narrative_containment`) and the fact-sequence channel's long-run
exception counts facts outside quotes (:func:`narrative_facts`).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

import numpy as np

from .wording import ANY_QUOTE, quote_chunks, stable_hash

# a quoted passage: the speaker's words (``wording.ANY_QUOTE``, one reader of quotes for every measure)
QUOTED = ANY_QUOTE
# narrative sentences, split cheaply: only the order of their facts is read
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
SHINGLE_WORDS = 5


def outside_quotes(text: str) -> list[str]:
    """The stretches of ``text`` between its quoted passages, in order (the quotes left out)."""
    return list(quote_chunks(text))


def narrative_facts(text: str, facts_of: Callable[[list[str]], Iterable[tuple[str, list[str]]]],
                    known: Iterable[str] = ()) -> tuple[str, ...]:
    """The text's facts outside quoted passages, in order, each once (``facts_of``: sentences -> facts);
    a fact equal to one of ``known`` (the text's facts) is that same string, stored once."""
    sentences = [s for chunk in quote_chunks(text) for s in _SENTENCE_END.split(chunk) if s.strip()]
    same = {f: f for f in known}
    return tuple(same.get(f, f) for f in dict.fromkeys(f for _sentence, facts in facts_of(sentences) for f in facts))


def narrative_shingles(text: str) -> bytes:
    """Hashed word 5-shingles of the text outside quoted passages (none spans a left-out quote), as
    sorted unique 32-bit values packed in bytes: a 100,000-document run holds every profile at once."""
    out: set[int] = set()
    for chunk in quote_chunks(text):
        words = _WORD.findall(unicodedata.normalize("NFKC", chunk).casefold())
        out.update(stable_hash(words[i:i + SHINGLE_WORDS], 4) for i in range(len(words) - SHINGLE_WORDS + 1))
    return np.array(sorted(out), dtype="<u4").tobytes()


def narrative_containment(a: bytes, b: bytes, min_shingles: int) -> float | None:
    """Share of the smaller narrative (:func:`narrative_shingles`) inside the other; None when it has
    fewer than ``min_shingles`` shingles (a text of quotes alone: its narrative says nothing either way)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if len(small) < 4 * min_shingles:
        return None
    x, y = np.frombuffer(small, dtype="<u4"), np.frombuffer(large, dtype="<u4")
    return len(np.intersect1d(x, y, assume_unique=True)) / len(x)
