"""Do rewrites share the minor facts, the background and the order that independent reports do not? (issue 14, copy52)

Three signals read from the fact sequence (``Profile.sentence_grams``: each sentence's facts; quotes aside), each
beside the channel's ``facts`` (``factseq.fact_match``):

- ``background``: the facts both texts hold whose first mention lies past each text's lede (the first ``--lede``
  sentences, headline included) in both, and in neither lede: the background paragraph's names and figures;
- ``minor``: the shared facts each text mentions in one sentence only (a minor person, a secondary number), and
  ``figures``, the shared figures among the background facts;
- ``order``: Kendall's tau between the two texts' relative positions (first sentence / sentences) of the shared
  facts: the same order across the whole text, not only a common subsequence.

For every same-story pair no channel holds today it prints the signals and how many independent pairs of real dev and
the calibration set score at least as high on ``facts`` *and* the signal: each of those would come in with it under
any rule that asks both to be high enough (0 means a bar could separate it).

    PYTHONPATH=src .venv/bin/python benchmarks/copy_minor_facts.py
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scipy.stats import kendalltau

from newsweave.consolidate.factseq import fact_match

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies_real import labelled_pairs  # noqa: E402

SIGNALS = ("background", "minor", "figures", "order")


def _mentions(p) -> tuple[dict[str, float], dict[str, int], dict[str, int]]:
    """Each fact's first sentence (relative position 0-1 and index) and how many sentences name it."""
    first, count = {}, {}
    last = max(1, len(p.sentence_grams) - 1)
    for k, sentence in enumerate(p.sentence_grams):
        for f in sentence.facts:
            if not f.startswith("q:"):
                first.setdefault(f, k)
                count[f] = count.get(f, 0) + 1
    return {f: k / last for f, k in first.items()}, first, count


def signals(a, b, lede: int) -> dict[str, float]:
    (pos_a, first_a, n_a), (pos_b, first_b, n_b) = _mentions(a), _mentions(b)
    shared = set(first_a) & set(first_b)
    past = {f for f in shared if first_a[f] >= lede and first_b[f] >= lede}
    short = min(len(first_a), len(first_b)) or 1
    order = kendalltau([pos_a[f] for f in shared], [pos_b[f] for f in shared]).statistic if len(shared) >= 4 else 0.0
    return {"background": len(past) / short,
            "minor": len([f for f in shared if n_a[f] == 1 and n_b[f] == 1]) / short,
            "figures": float(len([f for f in past if f[0].isdigit()])),
            "order": 0.0 if order != order else float(order)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lede", type=int, default=2, help="sentences of the lede (headline included)")
    args = ap.parse_args()
    rows = []
    for _set, x, y, same, _dx, _dy, px, py in labelled_pairs():
        m = fact_match(px, py)
        if m is not None:
            rows.append((x, y, same, m, signals(px, py, args.lede)))
    independent = [r for r in rows if not r[2]]
    missed = [r for r in rows if r[2] and not r[3].is_copy]
    print(f"{len(rows)} labelled pairs with >= 8 facts each; {len(independent)} independent, {len(missed)} same-story "
          "pairs the fact channel does not accept")
    for name in SIGNALS:
        top = max(independent, key=lambda r: r[4][name])
        print(f"{name:<10} independent highest {top[4][name]:.2f} ({top[0][:8]}~{top[1][:8]})")
    print("missed pair          facts  " + "  ".join(f"{s:>10} (ind>=)" for s in SIGNALS))
    for x, y, _same, m, s in missed:
        over = {k: sum(1 for r in independent if r[3].facts >= m.facts and r[4][k] >= s[k]) for k in SIGNALS}
        print(f"{x[:8]}~{y[:8]}  {m.facts:5.2f}  " + "  ".join(f"{s[k]:10.2f} ({over[k]:>4})" for k in SIGNALS))


if __name__ == "__main__":
    main()
