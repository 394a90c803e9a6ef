"""Where two texts' shared wording lies: one pasted block, or spread through the text (issue 14, copy40).

Two independent reports that both paste one paragraph of a press release without quote marks share that block
word for word and little around it; an edited, condensed or reposted copy shares its sentences throughout, and a
rewrite shares facts and scattered words. For every labelled pair of real dev and the copy-calibration set (labels
from the manifests, as ``benchmarks/copies_real.py`` reads them) and for the own-words hard negatives of
``tests/pasted_blocks.py`` (with their copies) this prints, over the sentences of the shorter text:

the shape of the shared wording over the shorter text's sentences (:mod:`newsweave.consolidate.blocks`: ``verb``,
``runs``, ``block``, ``lead``, ``out``, ``out_align``), which channels accept the pair without the pasted-block veto
(``condensed``, ``rewrite``, ``facts``; the near-duplicate channel is not asked: none of these pairs is near it) and
whether either text credits an origin. Last, the veto the detector applies (copy42,
``copies.shares_a_pasted_block``: ``blocks.is_pasted_block`` and no credit on either side), what it catches and the
pairs of that shape it spares.

    PYTHONPATH=src .venv/bin/python benchmarks/copy_blocks.py        # the table, same-story pairs first
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from newsweave.config import load_options
from newsweave.consolidate.blocks import PASTED_MAX_OUT, blocks, is_pasted_block
from newsweave.consolidate.copies import align, condensed, profile
from newsweave.consolidate.factseq import fact_match
from newsweave.documents import build_document
from newsweave.model import RawArticle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from copies_real import labelled_pairs  # noqa: E402
import pasted_blocks  # noqa: E402


def channels(pa, pb) -> list[str]:
    out = []
    if condensed(pa, pb) >= 0.6:
        out.append("condensed")
    if align(list(pa.sentences), list(pb.sentences)).is_rewrite:
        out.append("rewrite")
    m = fact_match(pa, pb)
    if m is not None and m.is_copy:
        out.append("facts")
    return out


def rows():
    """(set, x, y, same story?, the shape, channels accepting the pair, credited?) for every labelled and own pair."""
    options = load_options()
    for name, x, y, same, _dx, _dy, px, py in labelled_pairs(("dev", "calibration"), options):
        yield (name, x, y, same, blocks(px.sentence_grams, py.sentence_grams), channels(px, py),
               bool(px.credits or py.credits))
    docs = {n: build_document(RawArticle(source=f"{n}.txt", text=t), options) for n, t in pasted_blocks.TEXTS.items()}
    profiles = {n: profile(d.text, d.credit, d.outlet.name) for n, d in docs.items()}
    for x, y in pasted_blocks.INDEPENDENT + pasted_blocks.COPIES:
        px, py = profiles[x], profiles[y]
        yield ("own", x, y, (x, y) in pasted_blocks.COPIES, blocks(px.sentence_grams, py.sentence_grams),
               channels(px, py), bool(px.credits or py.credits))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="independent pairs no channel accepts too")
    args = ap.parse_args()
    table = list(rows())
    table.sort(key=lambda r: (not r[3], r[0], r[4].out))
    print("set   label  verb/sent runs paras block lead  out   out_align  credit channels  pair")
    for name, x, y, same, b, ch, credited in table:
        if not same and not ch and not args.all and not (b.verbatim and b.runs):
            continue
        print(f"{name:<5} {'SAME' if same else 'INDEP'}  {b.verbatim:>3}/{b.sentences:<3}  {b.runs:>3}"
              f"  {b.paragraphs:>4}  {b.block:.2f}"
              f"  {'L' if b.lead else '-'}    {b.out:.2f}  {b.out_align:.2f}       {'C' if credited else '-'}      "
              f"{','.join(ch) or '-':<9} {x[:34]} ~ {y[:34]}")
    own = [(x, y, same, is_pasted_block(b) and not credited) for name, x, y, same, b, _ch, credited in table
           if name == "own"]
    print(f"\nthe pasted-block veto (copy42): own negatives caught {sum(v for _x, _y, s, v in own if not s)} of "
          f"{sum(not s for _x, _y, s, _v in own)}; own copies vetoed {sum(v for _x, _y, s, v in own if s)}")
    print("same-story pairs accepted without it that it vetoes:")
    for name, x, y, same, b, ch, credited in table:
        if same and ch and is_pasted_block(b) and not credited:
            print(f"  {name} {x} ~ {y}: {','.join(ch)} (block {b.block:.2f}, out {b.out:.2f}, "
                  f"out_align {b.out_align:.2f})")
    print("pairs of the block's shape it spares (one run of >= 2 verbatim sentences, out < 0.2), "
          "nearest first:")
    near = [r for r in table if r[4].runs == 1 and r[4].verbatim >= 2 and r[4].out < 0.2
            and not (is_pasted_block(r[4]) and not r[6])]
    for name, x, y, same, b, ch, credited in sorted(near, key=lambda r: r[4].out):
        why = [w for w, on in (("credit", credited), (f"{b.paragraphs} paragraphs", b.paragraphs > 1),
                               (f"out {b.out:.2f}", b.out >= PASTED_MAX_OUT)) if on]
        print(f"  {name} {'SAME' if same else 'INDEP'} {x} ~ {y}: spared by {', '.join(why)} (block {b.block:.2f}, "
              f"out_align {b.out_align:.2f}; {','.join(ch) or 'no channel'})")


if __name__ == "__main__":
    main()
