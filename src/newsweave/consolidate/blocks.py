"""Where two texts' shared wording lies: one pasted block, or spread through the text (issue 14, copy40, copy42).

Two independent reports that each paste one paragraph of a statement without quote marks share that block word for
word and nothing around it, and tell the rest of the event each in its own words. An edited, condensed or reposted
copy shares its sentences throughout; a rewrite shares facts and scattered words. Measured over the sentences of the
shorter text (``benchmarks/copy_blocks.py`` prints it for every labelled pair):

- ``verbatim``: sentences found (nearly) word for word in the other (>= ``VERBATIM`` of their content 3-grams there);
- ``runs``: separate runs of such sentences; ``block``: the largest run's share of the shorter text's 3-grams;
- ``lead``: whether that run opens the text (its first sentence, or the second after a headline);
- ``out``: the share of the 3-grams *outside* that run found in the other (names and figures included);
- ``paragraphs``: how many paragraphs (lines) of the shorter text that run spans;
- ``out_align``: the share of the anchor sentences outside the run (two facts or more) that align with a sentence of
  the other (anchor Jaccard >= ``ALIGN_MIN_JACCARD``): the same facts retold (measured, not part of the veto).
"""
from __future__ import annotations

from dataclasses import dataclass

VERBATIM = 0.6            # share of a sentence's content 3-grams found in the other for it to count as pasted
SENTENCE_MIN_GRAMS = 3    # shorter sentences (a dateline, a caption) are not read
ALIGN_MIN_JACCARD = 0.5   # as ``copies.align`` matches anchor sentences
ALIGN_MIN_FACTS = 2

# the pasted-block veto (copy42): one run of >= PASTED_MIN_SENTENCES verbatim sentences within one paragraph of the
# shorter text, and less than PASTED_MAX_OUT of the 3-grams outside it shared (a text that is the paragraph alone has
# nothing outside it: out 1.0). Measured on dev + calibration (docs/copies.md "copy42"): the own-words negatives have
# out 0.00-0.04; the same-story pairs with a one-paragraph block have out >= 0.07 (c36~37, credited too; r17d_01~02
# 0.14) and the others a credit (r24d_07~08 out 0.04, r4_10~11 0.00) or a block over several paragraphs (a repost's
# 8 bullet lines, out 0.06). How much of the shorter text the block is does not matter: a condensed copy that keeps
# mostly the pasted paragraph shares a source with the other report as its original does.
PASTED_MIN_SENTENCES = 2
PASTED_MAX_OUT = 0.06


@dataclass(frozen=True, slots=True)
class SentenceGrams:
    """One sentence as the block measure reads it: its content 3-grams (``wording.trigram_hash``), its facts and the
    paragraph (line) it stands in."""
    grams: tuple[int, ...]
    facts: frozenset[str]
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Blocks:
    sentences: int
    verbatim: int
    runs: int
    block: float
    lead: bool
    out: float
    out_align: float
    paragraphs: int = 0


def blocks(a: tuple[SentenceGrams, ...], b: tuple[SentenceGrams, ...]) -> Blocks:
    """The shape of the wording two texts share, over the sentences of the one with fewer 3-grams."""
    if sum(len(s.grams) for s in a) > sum(len(s.grams) for s in b):
        a, b = b, a
    other = {h for s in b for h in s.grams}
    other_facts = [s.facts for s in b if len(s.facts) >= ALIGN_MIN_FACTS]
    kept = [(i, s) for i, s in enumerate(a) if len(s.grams) >= SENTENCE_MIN_GRAMS]
    verbatim = [sum(h in other for h in s.grams) / len(s.grams) >= VERBATIM for _i, s in kept]
    runs: list[list[int]] = []
    for k, v in enumerate(verbatim):
        if v:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    total = sum(len(s.grams) for _i, s in kept) or 1
    best = max(runs, key=lambda r: sum(len(kept[k][1].grams) for k in r)) if runs else []
    inside = set(best)
    outside = [s for k, (_i, s) in enumerate(kept) if k not in inside]
    n_out = sum(len(s.grams) for s in outside)
    out = sum(h in other for s in outside for h in s.grams) / n_out if n_out else 1.0
    anchored = [s.facts for s in outside if len(s.facts) >= ALIGN_MIN_FACTS]

    def aligns(f: frozenset[str]) -> bool:
        return any(len(f & o) / len(f | o) >= ALIGN_MIN_JACCARD for o in other_facts)

    out_align = sum(map(aligns, anchored)) / len(anchored) if anchored else 1.0
    lead = bool(best) and kept[best[0]][0] <= 1
    return Blocks(len(kept), sum(verbatim), len(runs), sum(len(kept[k][1].grams) for k in best) / total, lead, out,
                  out_align, len({kept[k][1].paragraph for k in best}))


def is_pasted_block(shape: Blocks) -> bool:
    """Two reports that share one pasted paragraph and nothing else word for word, each writing the rest in its own
    words: they share a source (whoever wrote the paragraph), not a story."""
    return (shape.runs == 1 and shape.verbatim >= PASTED_MIN_SENTENCES and shape.paragraphs == 1
            and shape.out < PASTED_MAX_OUT)
