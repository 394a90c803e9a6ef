"""A condensed paraphrase read sentence by sentence, and shared figures, against the missed rewrites (issue 14,
copy55): measured, not shipped.

The hypothesis: a condensed paraphrase keeps, for most of its sentences, the facts (names, numbers, dates) of one
sentence of its original, in the original's order, where two independent reports of one event select and order facts
apart. For every labelled pair of real dev and the copy-calibration set (``benchmarks/copies_real.py`` labels):

- ``n`` / ``share``: the shorter text's sentences with ``--min-facts`` facts or more (quote facts left out; "shorter"
  is the one with fewer such sentences) are each matched to the other text's sentence holding most of their facts; a
  match counts when it holds ``--min-shared`` of them and at least ``--containment`` of the sentence's facts; ``n`` is
  the longest run of matches in the same order, ``share`` is ``n`` over the shorter text's fact sentences;
- ``figures`` / ``figure_share``: the figures (outside years 1900-2100 and whole numbers up to 31) both texts write
  alike, and their share of the shorter text's figures;
- ``rare`` / ``rare_share``: the facts both texts hold that at most ``--rare`` texts of the two sets hold (a document
  frequency over the labelled texts: the rare details one newsroom chose, if a rewrite keeps them), and their share of
  the shorter text's such facts; dominance for it is read on ``facts``, containment and ``own`` too.

For each same-story pair no channel holds (``copy_margins.channels``) it prints how many independent pairs are at
least as high on the channel's ``facts`` and the signal: a pair with such dominating independent pairs cannot be
admitted by any rule that only asks these to be high enough.

    PYTHONPATH=src .venv/bin/python benchmarks/copy_sentence_facts.py
    PYTHONPATH=src .venv/bin/python benchmarks/copy_sentence_facts.py --min-facts 1 --min-shared 1 --containment 0.34
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from newsweave.config import load_options
from newsweave.consolidate.copies import _read
from newsweave.consolidate.factseq import fact_match

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies_real import labelled_pairs  # noqa: E402
from copy_margins import channels  # noqa: E402
from copy_paraphrase import _run  # noqa: E402

_FIGURE = re.compile(r"^\d")




def fact_sentences(text: str, min_facts: int) -> list[set[str]]:
    """Each sentence's facts outside quotes (``copies._read``), for the sentences holding ``min_facts`` or more."""
    out = []
    for _sentence, facts in _read(text).facts_by_sentence:
        plain = {f for f in facts if not f.startswith("q:")}
        if len(plain) >= min_facts:
            out.append(plain)
    return out


def sentence_alignment(text_a: str, text_b: str, min_facts: int, min_shared: int,
                       containment: float) -> tuple[int, float]:
    """(sentences of the shorter text whose facts one sentence of the other holds, in order; their share)."""
    a, b = fact_sentences(text_a, min_facts), fact_sentences(text_b, min_facts)
    if len(a) > len(b):
        a, b = b, a
    if not a or not b:
        return 0, 0.0
    positions = []
    for facts in a:
        j = max(range(len(b)), key=lambda k: (len(facts & b[k]), -k))
        shared = len(facts & b[j])
        if shared >= min_shared and shared / len(facts) >= containment:
            positions.append(j)
    n = _run(positions)
    return n, n / len(a)


def figures(text: str) -> set[str]:
    """The figures a text writes, years and whole numbers up to 31 (days, small counts) left out."""
    out = set()
    for _sentence, facts in _read(text).facts_by_sentence:
        for f in facts:
            if not _FIGURE.match(f):
                continue
            try:
                value = float(f.rstrip("."))
            except ValueError:
                continue
            if "." not in f and (1900 <= value <= 2100 or value <= 31):
                continue
            out.add(f.rstrip("."))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-facts", type=int, default=2, help="facts a sentence needs to be read")
    ap.add_argument("--min-shared", type=int, default=2, help="facts a matched sentence must hold")
    ap.add_argument("--containment", type=float, default=0.5, help="share of a sentence's facts its match holds")
    ap.add_argument("--rare", type=int, default=4, help="a fact held by at most this many texts is rare")
    args = ap.parse_args()
    options = load_options()
    rows, plain = [], {}
    for _name, x, y, same, dx, dy, px, py in labelled_pairs(options=options):
        m = fact_match(px, py)
        if m is None:
            continue
        held = any(margin <= 0 for margin, _ in channels(px, py, dx.text, dy.text, options.copy_threshold).values())
        n, share = sentence_alignment(dx.text, dy.text, args.min_facts, args.min_shared, args.containment)
        fa, fb = figures(dx.text), figures(dy.text)
        if len(fa) > len(fb):
            fa, fb = fb, fa
        for slug, d in ((x, dx), (y, dy)):
            plain.setdefault(slug, {f for _s, fs in _read(d.text).facts_by_sentence for f in fs if not f.startswith("q:")})
        rows.append(dict(x=x, y=y, same=same, held=held, facts=m.facts, contain=m.containment, own=m.own, n=n,
                         share=share, figures=len(fa & fb), figure_share=len(fa & fb) / len(fa) if fa else 0.0))
    frequency = Counter(f for facts in plain.values() for f in facts)
    for r in rows:
        a, b = ({f for f in plain[s] if frequency[f] <= args.rare} for s in (r["x"], r["y"]))
        r["rare"] = len(a & b)
        r["rare_share"] = len(a & b) / min(len(a), len(b)) if a and b else 0.0
    indep = [r for r in rows if not r["same"]]
    same = [r for r in rows if r["same"]]
    print(f"{len(same)} same-story pairs, {len(indep)} independent pairs (both texts with >= 8 facts), "
          f"{len(plain)} texts")
    for key, second in (("n", "share"), ("figures", "figure_share"), ("rare", "rare_share")):
        top = sorted(indep, key=lambda r: (r[key], r[second]), reverse=True)[:3]
        held = sorted(r[key] for r in same if r["held"])
        print(f"  {key:<8} same-story pairs held: median {held[len(held) // 2]}; independent highest: "
              + ", ".join(f"{r[key]} ({r['x'][:16]} ~ {r['y'][:16]})" for r in top))
    print("\nsame-story pairs no channel holds: each signal, and how many independent pairs are at least as high on "
          "facts and it")
    for r in same:
        if r["held"]:
            continue
        aligned = sum(i["facts"] >= r["facts"] and i["n"] >= r["n"] and i["share"] >= r["share"] for i in indep)
        figured = sum(i["facts"] >= r["facts"] and i["figures"] >= r["figures"]
                      and i["figure_share"] >= r["figure_share"] for i in indep)
        rare = sum(all(i[k] >= r[k] for k in ("facts", "contain", "own", "rare", "rare_share")) for i in indep)
        print(f"  {r['x'][:24]} ~ {r['y'][:24]}: facts {r['facts']:.2f}; aligned {r['n']} ({r['share']:.2f}): "
              f"{aligned}; figures {r['figures']} ({r['figure_share']:.2f}): {figured}; "
              f"rare {r['rare']} ({r['rare_share']:.2f}): {rare}")


if __name__ == "__main__":
    main()
