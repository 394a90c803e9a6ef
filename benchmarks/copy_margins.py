"""Copy detection margins: every labelled pair's score on every channel against its bar (issue 14, copy36).

For each same-story and each independent pair of real dev and the copy-calibration set (labels from the manifests,
as ``benchmarks/copies_real.py`` reads them) it prints, per channel and tier, the *margin*: 0 when the pair passes,
else the sum of the relative shortfalls from the bars it misses (a pair at 0.07 under a bar of 0.08 misses by
0.125). The channels: ``near`` (word 5-shingle containment, exact here, and its narrative check), ``condensed``
(sentences word for word), ``rewrite`` (anchor sentences aligned in order), and the fact-sequence tiers ``t1``,
``t2``, ``t3`` and ``credited`` (``factseq.FactMatch.is_copy``). Then: which channels hold each verified pair (a
pair held by one only is fragile), and the independent pairs within 0.6 of a channel, nearest first, with the bars
they miss.

    PYTHONPATH=src .venv/bin/python benchmarks/copy_margins.py            # summary and the near-bar list
    PYTHONPATH=src .venv/bin/python benchmarks/copy_margins.py -v         # and every pair's margins
    PYTHONPATH=src .venv/bin/python benchmarks/copy_margins.py --discount apposition   # one discount off
    PYTHONPATH=src .venv/bin/python benchmarks/copy_margins.py --discount apposition,predicate   # common 3-grams off
    PYTHONPATH=src .venv/bin/python benchmarks/copy_margins.py --missed   # same-story pairs no channel holds: the
                                                                          # three nearest channels, with the bars missed
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsweave.config import load_options
from newsweave.consolidate import factseq as fs, wording
from newsweave.consolidate.copies import align, condensed, normalise, shingles
from newsweave.consolidate.copy_thresholds import (CONDENSED_MIN_SHARE, NEAR_NARRATIVE_MIN, REWRITE_MIN_ANCHOR_JACCARD,
                                                    REWRITE_MIN_LONG, REWRITE_MIN_SENTENCES, REWRITE_MIN_SHORT,
                                                    SPUN_MIN_SKELETON)
from newsweave.consolidate.narrative import narrative_containment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies_real import labelled_pairs  # noqa: E402

NEAR = 0.6


def _short(value: float, bar: float) -> float:
    """Relative shortfall of ``value`` from ``bar`` (0 when it is met)."""
    return 0.0 if value >= bar else (bar - value) / bar if bar else 1.0


def _tier(bars: list[tuple[str, float, float]]) -> tuple[float, list[str]]:
    """(margin, bars missed); a tier passed gives a negative margin: minus its least relative excess over a bar
    (how near the pair is to falling out of it)."""
    missed = [(name, value, bar) for name, value, bar in bars if value < bar]
    if not missed:
        return -min(((v - b) / b if b else 1.0) for _n, v, b in bars), []
    return sum(_short(v, b) for _n, v, b in missed), [f"{n} {v:.3g}<{b:g}" for n, v, b in missed]


def channels(a, b, text_a: str, text_b: str, threshold: float) -> dict[str, tuple[float, list[str]]]:
    """Each channel's (margin, bars missed) for one pair of profiles."""
    out = {}
    sa, sb = shingles(normalise(text_a)), shingles(normalise(text_b))
    near = len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0
    narrative = narrative_containment(a.narrative_shingles, b.narrative_shingles, 8)
    bars = [("contain", near, threshold)]
    if near < 0.9:
        bars.append(("narrative", narrative if narrative is not None else 0.0, NEAR_NARRATIVE_MIN))
    out["near"] = _tier(bars)
    out["condensed"] = _tier([("share", condensed(a, b), CONDENSED_MIN_SHARE)])
    al = align(list(a.sentences), list(b.sentences))
    base = [("aligned", al.aligned, REWRITE_MIN_SENTENCES), ("short", al.short, REWRITE_MIN_SHORT)]
    spun = _tier(base + [("skeleton", al.skeleton, SPUN_MIN_SKELETON)])
    human = _tier(base + [("long", al.long, REWRITE_MIN_LONG), ("skeleton", al.skeleton, al.min_skeleton),
                          ("anchors", al.anchors, REWRITE_MIN_ANCHOR_JACCARD)])
    out["rewrite"] = min(spun, human, key=lambda t: t[0])
    m = fs.fact_match(a, b)
    if m is None:
        for t in ("t1", "t2", "t3", "credited"):
            out[t] = (9.0, ["too few facts"])
        return out
    gate = [] if m.credited else [("run", m.run, fs.FACTS_RUN_MIN_UNCREDITED)]
    if not m.credited and m.run_sentences is not None:  # two texts quoting one source: the run around the quotes
        gate.append(("run_sentences", m.run_sentences, fs.QUOTED_RUN_MIN_SENTENCES))
    if not m.credited and m.figure_conflicts:  # figures at different precision: different sources (copy53)
        gate.append(("precision", fs.FIGURE_CONFLICTS_MIN - m.figure_conflicts, 1))
    veto = 9.0 if m.conflicting else 0.0
    text = [("text", m.text, fs.TEXT_MIN), ("text_shared", m.text_shared, fs.TEXT_MIN_SHARED)]
    t1 = _tier(gate + [("wording", m.wording, fs.WORDING_MIN), ("facts", m.facts, fs.FACTS_MIN_WITH_WORDING),
                       ("own", m.own, fs.OWN_WORDING_MIN)] + text
               + ([] if m.credited else [("passages", m.text_passages, fs.TEXT_MIN_PASSAGES)]))
    t2_base = gate + [("wording", m.wording, fs.WORDING_MIN), ("facts", m.facts, fs.FACTS_MIN_KEPT),
                      ("contain", m.containment, fs.FACT_CONTAINMENT_MIN_KEPT), ("own", m.own, fs.OWN_WORDING_MIN_KEPT)]
    # shared text in fewer passages than tier 1 asks needs a rewrite's facts (copy56): its bars replace tier 2's
    thin = not m.credited and m.text_passages < fs.TEXT_MIN_PASSAGES
    t2_text = gate + [("wording", m.wording, fs.WORDING_MIN),
                      ("facts", m.facts, fs.FACTS_MIN_THIN_TEXT if thin else fs.FACTS_MIN_KEPT),
                      ("contain", m.containment, fs.FACT_CONTAINMENT_MIN_THIN_TEXT if thin else fs.FACT_CONTAINMENT_MIN_KEPT),
                      ("own", m.own, fs.OWN_WORDING_MIN_KEPT)] + text
    t2 = min(_tier(t2_text), _tier(t2_base + [("narrative_run", m.kept_run, fs.FACTS_RUN_MIN_KEPT)]),
             key=lambda t: t[0])
    t3 = _tier(gate + [("facts", m.facts, fs.FACTS_MIN_CONDENSED),
                       ("contain", m.containment, fs.FACT_CONTAINMENT_MIN_CONDENSED),
                       ("run", m.run, fs.FACTS_RUN_MIN_CONDENSED), ("own", m.own, fs.OWN_WORDING_MIN_KEPT)] + text)
    cr = _tier([("credited", float(m.credited), 1.0), ("facts", m.facts, fs.FACTS_MIN_CREDITED),
                ("contain", m.containment, fs.FACT_CONTAINMENT_MIN_CREDITED)] + text)
    for name, (margin, missed) in (("t1", t1), ("t2", t2), ("t3", t3), ("credited", cr)):
        out[name] = (9.0, missed + ["conflicting credits"]) if veto else (margin, missed)
    return out


def pairs_of(names=("dev", "calibration")):
    options = load_options()
    for name, x, y, same, dx, dy, px, py in labelled_pairs(names, options):
        yield name, x, y, same, channels(px, py, dx.text, dy.text, options.copy_threshold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--missed", action="store_true", help="for each same-story pair no channel holds (missed, or "
                    "joined only through its group), its three nearest channels and the bars they miss")
    ap.add_argument("--discount", help="the kinds of span wording.DISCOUNT leaves out, comma-separated "
                    "(default: as shipped), to measure a discount against its absence")
    ap.add_argument("--common-table", type=Path, help="another derivation of data/crossdoc/common_trigrams.tsv "
                    "(scripts/derive_common_trigrams.py --out), to measure it against the shipped one")
    ap.add_argument("--common-measures", help="the measures the common 3-grams are left out of, comma-separated "
                    "(default: as shipped, wording.COMMON_MEASURES)")
    args = ap.parse_args()
    if args.common_measures is not None:
        wording.COMMON_MEASURES = frozenset(k for k in args.common_measures.split(",") if k)
    if args.common_table is not None:
        wording.COMMON_TABLE = args.common_table
    if args.discount is not None:
        wording.DISCOUNT = frozenset(k for k in args.discount.split(",") if k)
    rows = list(pairs_of())
    near = []
    for name, x, y, same, ch in rows:
        held = [c for c, (m, _) in ch.items() if m <= 0]
        nearest = min(ch.items(), key=lambda kv: kv[1][0])
        if args.verbose:
            print(f"{'SAME' if same else 'INDEP'} {x[:24]}~{y[:24]} held by {held or '-'}; "
                  + "; ".join(f"{c} {m:.2f}" for c, (m, _) in ch.items()))
        if same and len(held) == 1:
            print(f"  same-story held by one channel only: {x} ~ {y}: {held[0]}, least excess over a bar "
                  f"{-ch[held[0]][0]:.2f}")
        if not same and nearest[1][0] <= 0:
            print(f"  independent pair passing {held}: {x} ~ {y}")
        elif not same and nearest[1][0] < NEAR:
            near.append((nearest[1][0], x, y, nearest[0], nearest[1][1]))
    if args.missed:
        print("\nsame-story pairs no channel holds (missed, or joined only through their group):")
        for name, x, y, same, ch in rows:
            if same and not any(m <= 0 for m, _ in ch.values()):
                print(f"  {x} ~ {y}")
                for c, (m, missed) in sorted(ch.items(), key=lambda kv: kv[1][0])[:3]:
                    print(f"      {c} {m:.2f}: {', '.join(missed)}")
    same_rows = [r for r in rows if r[3]]
    indep = [r for r in rows if not r[3]]
    print(f"\n{len(same_rows)} same-story pairs, {len(indep)} independent pairs")
    print(f"independent pairs within {NEAR} of a channel: {len(near)}, mean margin "
          f"{sum(n[0] for n in near) / len(near) if near else 0:.2f}")
    for margin, x, y, channel, missed in sorted(near):
        print(f"  {margin:.2f} {x} ~ {y}: {channel} misses {', '.join(missed) or 'nothing (passes)'}")


if __name__ == "__main__":
    main()
