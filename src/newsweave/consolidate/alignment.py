"""Two texts aligned sentence by sentence on their anchors: the test of a rewrite (:mod:`.copies`).

A rewrite keeps the original's sequence of facts while changing its words; independent reports of one event share
a few facts in their own order. Each sentence of the shorter text takes its best match in the other by anchor
overlap, and the longest run of matches in increasing order counts.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from .copy_thresholds import (REWRITE_MIN_ANCHOR_JACCARD, REWRITE_MIN_LONG, REWRITE_MIN_SENTENCES, REWRITE_MIN_SHORT,
                              REWRITE_MIN_SKELETON, REWRITE_MIN_SKELETON_THIN, REWRITE_THIN_SENTENCES,
                              SENTENCE_MIN_OVERLAP, SPUN_MIN_SKELETON)

if TYPE_CHECKING:
    from .copies import Sentence


@dataclass(frozen=True, slots=True)
class Alignment:
    short: float     # share of the shorter text's anchor sentences aligned in order
    long: float      # the same share of the longer text
    skeleton: float  # mean function-word similarity of the aligned sentences, 0..1
    anchors: float   # Jaccard similarity of the two texts' whole anchor sets
    aligned: int

    @property
    def is_rewrite(self) -> bool:
        if self.aligned < REWRITE_MIN_SENTENCES or self.short < REWRITE_MIN_SHORT:
            return False
        if self.skeleton >= SPUN_MIN_SKELETON:
            return True
        return (self.long >= REWRITE_MIN_LONG and self.skeleton >= self.min_skeleton
                and self.anchors >= REWRITE_MIN_ANCHOR_JACCARD)

    @property
    def min_skeleton(self) -> float:
        """The skeleton a human rewrite needs: a rewrite's wording when few sentences align (a thin alignment: any two
        reports of one event line up three sentences of its generic facts in its natural order), else the bar."""
        return REWRITE_MIN_SKELETON_THIN if self.aligned <= REWRITE_THIN_SENTENCES else REWRITE_MIN_SKELETON

    @property
    def similarity(self) -> float:
        return round((self.short + self.long) / 2, 3)


def align(a: list[Sentence], b: list[Sentence]) -> Alignment:
    """Align two texts sentence by sentence on their anchors.

    Each sentence of the shorter text takes its best match in the other by anchor overlap;
    the longest run of matches in increasing order counts: a rewrite keeps the sequence,
    independent reports of one event share a few facts in their own order. Sentences that are mostly
    quoted speech are left out: reports of one statement quote it in the speaker's order, word for word.
    """
    a = [s for s in a if not s.quoted]
    b = [s for s in b if not s.quoted]
    if len(a) > len(b):
        a, b = b, a
    if len(a) < REWRITE_MIN_SENTENCES:
        return Alignment(0.0, 0.0, 0.0, 0.0, 0)
    if len(a) == len(b):
        # texts of one length are aligned both ways and the better kept, so the verdict does not depend on which
        # document came first (a batch stores one before the other is signed: batches must give one run's pairs)
        return max(_align(a, b), _align(b, a), key=lambda x: (x.aligned, x.skeleton))
    return _align(a, b)


def _align(a: list[Sentence], b: list[Sentence]) -> Alignment:
    """:func:`align` of the shorter (or first) text ``a`` into ``b``."""
    matches = _best_matches(a, b)
    run = _longest_increasing([j for _i, j in matches])
    if not run:
        return Alignment(0.0, 0.0, 0.0, 0.0, 0)
    skeleton = sum(fuzz.ratio(a[i].skeleton, b[j].skeleton) for i, j in matches) / (100.0 * len(matches))
    all_a = frozenset().union(*(s.anchors for s in a))
    all_b = frozenset().union(*(s.anchors for s in b))
    anchors = len(all_a & all_b) / len(all_a | all_b)
    return Alignment(run / len(a), run / len(b), skeleton, anchors, run)


def _best_matches(a: list[Sentence], b: list[Sentence]) -> list[tuple[int, int]]:
    """Each sentence of ``a`` with its best match in ``b`` by anchor overlap (Jaccard), when at least
    SENTENCE_MIN_OVERLAP; among equally good ones, the first after the previous match.

    Only sentences of ``b`` sharing an anchor can reach the bar, so they are counted from an index of
    ``b``'s anchors (the hot loop of copy detection: not every pair of sentences is intersected)."""
    where: dict[str, list[int]] = {}
    for j, sb in enumerate(b):
        for anchor in sb.anchors:
            where.setdefault(anchor, []).append(j)
    b_sizes = [len(sb.anchors) for sb in b]
    matches: list[tuple[int, int]] = []
    last = -1
    for i, sa in enumerate(a):
        shared_with: dict[int, int] = {}
        for anchor in sa.anchors:
            for j in where.get(anchor, ()):
                shared_with[j] = shared_with.get(j, 0) + 1
        best, ties = SENTENCE_MIN_OVERLAP, []
        size = len(sa.anchors)
        for j in sorted(shared_with):
            shared = shared_with[j]
            # Jaccard overlap; the union's size from the sizes (no union set built)
            overlap = shared / (size + b_sizes[j] - shared)
            if overlap > best:
                best, ties = overlap, [j]
            elif overlap == best:
                ties.append(j)
        if ties:
            # among equally good sentences, the first one after the previous match keeps the order
            last = next((j for j in ties if j > last), ties[0])
            matches.append((i, last))
    return matches


def _longest_increasing(values: list[int]) -> int:
    """The longest strictly increasing run of ``values``: a sentence of the other text counts once, however many
    sentences of this one take it as their best match (a report that restates its lede twice matched one lede twice:
    two independent reports of one assault aligned on it, issue 14, copy44)."""
    tails: list[int] = []
    for v in values:
        i = bisect.bisect_left(tails, v)
        if i == len(tails):
            tails.append(v)
        else:
            tails[i] = v
    return len(tails)
