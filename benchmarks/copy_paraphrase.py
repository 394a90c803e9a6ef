"""Paraphrase-robust signals for the loose rewrites the copy channels miss (issue 14, copy48): measured, not shipped.

For every labelled pair of real dev and the copy-calibration set (``benchmarks/copies_real.py`` labels) it computes,
besides the fact-sequence channel's own ``facts`` and ``own`` (``factseq.fact_match``), three signals a loose rewrite
(a content farm's or a machine paraphraser's: the facts in order, most words changed) might keep and two independent
reports of one event might not:

- ``lemma``: the share of the shorter text's content-lemma 2-grams (spaCy lemmas of adjacent non-stop, lower-case,
  non-proper-noun words, sentence by sentence, quoted passages left out) found in the other: ``own`` read on lemmas,
  so "said / says", "killed / killing" and dropped function words no longer part a copy;
- ``aligned``: the share of the shorter text's fact sentences (two facts or more: ``copies._read``) whose facts align,
  in order, with a sentence of the other (fact Jaccard >= ``--jaccard``, longest increasing run of matches);
- ``fuzz``: rapidfuzz's ``token_set_ratio`` averaged over those aligned sentence pairs.

Then, for each same-story pair no channel holds (``copy_margins.channels``), how many independent pairs score at
least as high on facts and each signal, and on all of them at once: a pair with such dominating independent pairs
cannot be admitted by any rule that only asks these measures to be high enough.

    PYTHONPATH=src .venv/bin/python benchmarks/copy_paraphrase.py
    PYTHONPATH=src .venv/bin/python benchmarks/copy_paraphrase.py --jaccard 0.34
"""
from __future__ import annotations

import argparse
import re
import sys
from bisect import bisect_left
from pathlib import Path

from rapidfuzz import fuzz

from newsweave.config import load_options
from newsweave.consolidate.copies import _read
from newsweave.consolidate.factseq import fact_match
from newsweave.nlp.pipeline import load_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies_real import labelled_pairs  # noqa: E402
from copy_margins import channels  # noqa: E402

_QUOTE_MARK = re.compile(r"[\"“”«»]")
SIGNALS = ("lemma", "aligned", "fuzz")


def lemma_bigrams(nlp, text: str) -> set[tuple[str, str]]:
    """Adjacent content lemmas outside quoted passages (every other stretch between quote marks is quoted)."""
    plain = " . ".join(part for k, part in enumerate(_QUOTE_MARK.split(text)) if k % 2 == 0)
    out = set()
    for sentence in nlp(plain).sents:
        words = [t.lemma_.lower() for t in sentence
                 if t.is_alpha and not t.is_stop and t.pos_ != "PROPN" and not t.text[:1].isupper()]
        out.update(zip(words, words[1:]))
    return out


def _run(positions: list[int]) -> int:
    tails: list[int] = []
    for j in positions:
        i = bisect_left(tails, j)
        tails[i:i + 1] = [j]
    return len(tails)


def aligned(text_a: str, text_b: str, jaccard: float) -> tuple[float, float]:
    """(share of the shorter text's fact sentences aligned in order, mean token_set_ratio of the aligned pairs)."""
    def fact_sentences(text):
        return [(s, set(f)) for s, f in _read(text).facts_by_sentence if len(set(f)) >= 2]
    a, b = fact_sentences(text_a), fact_sentences(text_b)
    if len(a) > len(b):
        a, b = b, a
    if not a or not b:
        return 0.0, 0.0
    matches = []
    for i, (_s, facts) in enumerate(a):
        score, j = max((len(facts & g) / len(facts | g), j) for j, (_t, g) in enumerate(b))
        if score >= jaccard:
            matches.append((i, j))
    ratios = [fuzz.token_set_ratio(a[i][0], b[j][0]) / 100 for i, j in matches]
    return _run([j for _i, j in matches]) / len(a), sum(ratios) / len(ratios) if ratios else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jaccard", type=float, default=0.5, help="fact Jaccard for two sentences to align")
    args = ap.parse_args()
    options = load_options()
    nlp = load_pipeline(options.spacy_model)
    bigrams: dict[str, set] = {}
    rows = []
    for _name, x, y, same, dx, dy, px, py in labelled_pairs(options=options):
        m = fact_match(px, py)
        if m is None:
            continue
        for d in (dx, dy):
            if d.text not in bigrams:
                bigrams[d.text] = lemma_bigrams(nlp, d.text)
        ba, bb = bigrams[dx.text], bigrams[dy.text]
        share, ratio = aligned(dx.text, dy.text, args.jaccard)
        held = any(margin <= 0 for margin, _ in channels(px, py, dx.text, dy.text, options.copy_threshold).values())
        rows.append(dict(x=x, y=y, same=same, held=held, facts=m.facts, own=m.own, aligned=share, fuzz=ratio,
                         lemma=len(ba & bb) / min(len(ba), len(bb)) if ba and bb else 0.0))
    indep = [r for r in rows if not r["same"]]
    same = [r for r in rows if r["same"]]
    print(f"{len(same)} same-story pairs, {len(indep)} independent pairs (both texts with >= 8 facts)")
    for key in ("facts", "own") + SIGNALS:
        values = sorted(r[key] for r in same)
        top = max(indep, key=lambda r: r[key])
        print(f"  {key:<8} same-story median {values[len(values) // 2]:.3f}, lowest decile "
              f"{values[len(values) // 10]:.3f}; independent highest {top[key]:.3f} ({top['x'][:18]} ~ {top['y'][:18]})")
    print("\nsame-story pairs no channel holds: value, and how many independent pairs are at least as high on facts "
          "and it (all: on facts, own and the three signals at once)")
    for r in same:
        if r["held"]:
            continue
        counts = [sum(i["facts"] >= r["facts"] and i[k] >= r[k] for i in indep) for k in ("own",) + SIGNALS]
        every = sum(all(i[k] >= r[k] for k in ("facts", "own") + SIGNALS) for i in indep)
        print(f"  {r['x'][:22]} ~ {r['y'][:22]}: facts {r['facts']:.2f} "
              + " ".join(f"{k} {r[k]:.3f} ({c})" for k, c in zip(("own",) + SIGNALS, counts)) + f"; all {every}")


if __name__ == "__main__":
    main()
