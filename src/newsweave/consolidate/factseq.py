"""The fact-sequence channel of copy detection: two texts' facts compared in order.

A human or machine rewrite keeps the facts (names, numbers, dates, quotes) in their order but few
words. :func:`fact_match` compares the ordered facts of two :class:`~newsweave.consolidate.copies.Profile`
records (the longest common subsequence over the shorter sequence), the share of wording they
share and the origins they credit; :attr:`FactMatch.is_copy` is the acceptance rule
(:func:`newsweave.consolidate.copies.contained_pairs` asks it for candidates of its containment indexes).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .copies import Profile

# calibrated on tests/corpus/real/dev (10 same-story pairs, 18 independent-report
# pairs, 990 pairs in all) and tests/corpus/copies (33 pairs, 1,830 in all): with FACTS = the longest
# common subsequence of the two fact sequences over the shorter sequence, and WORDING = the share of
# the shorter text's word 3-grams (those with a content word) found in the other,
# - same-story rewrites on dev reach FACTS 0.279-1.00 and WORDING 0.10-0.90 (0.279: since a quote closing
#   a sentence counts as a fact, sentences keeping their closing quote marks);
# - independent reports of one event reach FACTS up to 0.75 (short texts with few facts) but WORDING
#   at most 0.07 in both corpora. The wording margin (0.07 / 0.10) is thin: more real rewrites
#   would make it safer. Facts alone never suffice.
FACTS_MIN_WITH_WORDING = 0.27
WORDING_MIN = 0.09
# a shared credit ("(Agency) -" in both, or one crediting the other's outlet) lowers the wording bar
# to nothing but needs more of the facts: independent stories of one agency on one topic, days
# apart, share FACTS <= 0.24 and fact containment <= 0.29 on dev
FACTS_MIN_CREDITED = 0.4
FACT_CONTAINMENT_MIN_CREDITED = 0.5
# too few facts say nothing about a sequence
FACTS_MIN_COUNT = 8


@dataclass(frozen=True, slots=True)
class FactMatch:
    facts: float        # longest common subsequence of the fact sequences over the shorter one
    containment: float  # share of the shorter fact set inside the other
    wording: float      # share of the shorter text's word 3-grams inside the other
    credited: bool      # both credit one origin, or one credits the other's outlet
    conflicting: bool   # both credit origins and none in common

    @property
    def is_copy(self) -> bool:
        if self.conflicting:
            return False
        if self.facts >= FACTS_MIN_WITH_WORDING and self.wording >= WORDING_MIN:
            return True
        return self.credited and self.facts >= FACTS_MIN_CREDITED and self.containment >= FACT_CONTAINMENT_MIN_CREDITED


def fact_match(a: Profile, b: Profile) -> FactMatch | None:
    """Compare two texts' ordered facts; None when either has too few facts to say."""
    if min(len(a.facts), len(b.facts)) < FACTS_MIN_COUNT:
        return None
    common = set(a.facts) & set(b.facts)
    seq_a = [f for f in a.facts if f in common]
    seq_b = [f for f in b.facts if f in common]
    short = min(len(a.facts), len(b.facts))
    tri = min(len(a.trigrams), len(b.trigrams))
    wording = len(a.trigrams & b.trigrams) / tri if tri else 0.0
    credited = bool(a.credits & b.credits) or (a.outlet in b.credits) or (b.outlet in a.credits)
    conflicting = bool(a.credits and b.credits and not (a.credits & b.credits)) and not credited
    return FactMatch(_lcs(seq_a, seq_b) / short, len(common) / short, wording, credited, conflicting)


def _lcs(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
