"""Where two texts' shared wording lies: one pasted block, or spread through the text (issue 14, copy40).

Two independent reports that both paste one paragraph of a press release without quote marks share that block
word for word and little around it; an edited, condensed or reposted copy shares its sentences throughout, and a
rewrite shares facts and scattered words. For every labelled pair of real dev and the copy-calibration set (labels
from the manifests, as ``benchmarks/copies_real.py`` reads them) and for the own-words hard negatives of
``tests/pasted_blocks.py`` (with their copies) this prints, over the sentences of the shorter text:

- ``verb``: sentences found (nearly) word for word in the other (>= ``VERBATIM`` of their content 3-grams there);
- ``runs``: separate runs of such sentences; ``block``: the largest run's share of the shorter text's 3-grams;
- ``lead``: whether that run opens the text (its first sentence, or the second after a headline);
- ``out``: the share of the 3-grams *outside* that run found in the other (names and figures included);
- ``out_plain``: the same over 3-grams with no capitalised word and no digit;
- ``out_align``: the share of the anchor sentences outside the run that still align with a sentence of the other
  (anchor Jaccard >= 0.5, as ``copies.align`` matches them);

and which channels accept the pair today (``condensed``, ``rewrite``, ``facts``; the near-duplicate channel is not
asked: none of these pairs is near it). Last, the veto the negatives' shape suggests (one run of >= 2 verbatim
sentences, under half the shorter text, less shared outside it than the negatives' most) and the same-story pairs
accepted today that it would take away.

    PYTHONPATH=src .venv/bin/python benchmarks/copy_blocks.py        # the table, same-story pairs first
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from newsweave.config import load_options
from newsweave.consolidate.copies import _read, align, condensed, profile
from newsweave.consolidate.factseq import fact_match
from newsweave.consolidate.stopwords import stop_words
from newsweave.consolidate.wording import stable_hash
from newsweave.documents import build_document
from newsweave.model import RawArticle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from copies_real import labelled_pairs  # noqa: E402
import pasted_blocks  # noqa: E402

VERBATIM = 0.6


@dataclass
class Blocks:
    sentences: int
    verbatim: int
    runs: int
    block: float
    lead: bool
    out: float
    out_plain: float
    out_align: float


def _sentence_grams(text: str) -> list[tuple[list[int], list[int], frozenset[str]]]:
    """Each sentence's content 3-grams (hashed as Profile.trigrams), those with no name or figure, and its facts."""
    stop = stop_words()
    reading = _read(text)
    out = []
    for (sentence, facts), words in zip(reading.facts_by_sentence, reading.sentence_words):
        raw = sentence.split()
        grams, plain = [], []
        for i in range(len(words) - 2):
            g = tuple(words[i:i + 3])
            if all(w in stop for w in g):
                continue
            h = stable_hash(g)
            grams.append(h)
        # plain: 3-grams of the raw tokens with no capital and no digit (approximate: the raw split)
        for i in range(len(raw) - 2):
            g = raw[i:i + 3]
            if any(t[:1].isupper() or any(c.isdigit() for c in t) for t in g):
                continue
            folded = tuple(w.casefold().strip(".,;:!?\"'()“”‘’") for w in g)
            if all(w in stop for w in folded) or not all(folded):
                continue
            plain.append(stable_hash(folded))
        out.append((grams, plain, frozenset(facts)))
    return out


def blocks(text_a: str, text_b: str) -> Blocks:
    sa, sb = _sentence_grams(text_a), _sentence_grams(text_b)
    if sum(len(g) for g, _p, _f in sa) > sum(len(g) for g, _p, _f in sb):
        sa, sb = sb, sa
    other = {h for g, _p, _f in sb for h in g}
    other_plain = {h for _g, p, _f in sb for h in p}
    other_facts = [f for _g, _p, f in sb if len(f) >= 2]
    kept = [(i, g, p, f) for i, (g, p, f) in enumerate(sa) if len(g) >= 3]
    verbatim = [sum(h in other for h in g) / len(g) >= VERBATIM for _i, g, _p, _f in kept]
    runs: list[list[int]] = []
    for k, v in enumerate(verbatim):
        if v:
            if runs and runs[-1][-1] == k - 1:
                runs[-1].append(k)
            else:
                runs.append([k])
    total = sum(len(g) for _i, g, _p, _f in kept) or 1
    best = max(runs, key=lambda r: sum(len(kept[k][1]) for k in r)) if runs else []
    inside = set(best)
    outside = [kept[k] for k in range(len(kept)) if k not in inside]
    n_out = sum(len(g) for _i, g, _p, _f in outside)
    out = sum(h in other for _i, g, _p, _f in outside for h in g) / n_out if n_out else 1.0
    n_plain = sum(len(p) for _i, _g, p, _f in outside)
    out_plain = sum(h in other_plain for _i, _g, p, _f in outside for h in p) / n_plain if n_plain else 1.0
    anchored = [f for _i, _g, _p, f in outside if len(f) >= 2]

    def aligns(f: frozenset[str]) -> bool:
        return any(len(f & o) / len(f | o) >= 0.5 for o in other_facts)

    out_align = sum(map(aligns, anchored)) / len(anchored) if anchored else 1.0
    lead = bool(best) and kept[best[0]][0] <= 1
    return Blocks(len(kept), sum(verbatim), len(runs), sum(len(kept[k][1]) for k in best) / total, lead, out,
                  out_plain, out_align)


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
    options = load_options()
    for name, x, y, same, dx, dy, px, py in labelled_pairs(("dev", "calibration"), options):
        yield name, x, y, same, blocks(dx.text, dy.text), channels(px, py)
    docs = {n: build_document(RawArticle(source=f"{n}.txt", text=t), options) for n, t in pasted_blocks.TEXTS.items()}
    profiles = {n: profile(d.text, d.credit, d.outlet.name) for n, d in docs.items()}
    for x, y in pasted_blocks.INDEPENDENT + pasted_blocks.COPIES:
        yield ("own", x, y, (x, y) in pasted_blocks.COPIES, blocks(docs[x].text, docs[y].text),
               channels(profiles[x], profiles[y]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--all", action="store_true", help="independent pairs no channel accepts too")
    args = ap.parse_args()
    table = list(rows())
    table.sort(key=lambda r: (not r[3], r[0], r[4].out))
    print("set   label  verb/sent runs block lead  out   out_plain out_align  channels  pair")
    for name, x, y, same, b, ch in table:
        if not same and not ch and not args.all and not (b.verbatim and b.runs):
            continue
        print(f"{name:<5} {'SAME' if same else 'INDEP'}  {b.verbatim:>3}/{b.sentences:<3}  {b.runs:>3}  {b.block:.2f}"
              f"  {'L' if b.lead else '-'}    {b.out:.2f}  {b.out_plain:.2f}      {b.out_align:.2f}      "
              f"{','.join(ch) or '-':<9} {x[:34]} ~ {y[:34]}")
    # the veto the shape suggests: one run of >= 2 verbatim sentences, under half the shorter text, with less shared
    # outside it than the own-words negatives' most (so that it catches all of them)
    negatives = [b for name, _x, _y, same, b, _ch in table if name == "own" and not same]
    bar = max(b.out for b in negatives) + 0.01

    def shaped(b: Blocks) -> bool:
        return b.runs == 1 and b.verbatim >= 2 and b.block < 0.5 and b.out < bar

    # ...and the variant asking, besides, that the rest be the same facts retold (>= 0.2 of the anchor sentences
    # outside the run still align): what the own negatives do and the vetoed same-story pairs do not
    for label, vetoed in (("", shaped), (", out_align >= 0.2", lambda b: shaped(b) and b.out_align >= 0.2)):
        print(f"\nveto 'one run of >= 2 verbatim sentences, block < 0.5, out < {bar:.2f}{label}': own negatives caught "
              f"{sum(map(vetoed, negatives))} of {len(negatives)}; same-story pairs accepted today that it would veto:")
        for name, x, y, same, b, ch in table:
            if same and ch and vetoed(b):
                print(f"  {name} {x} ~ {y}: {','.join(ch)} (block {b.block:.2f}, out {b.out:.2f}, "
                      f"out_align {b.out_align:.2f})")
        print("  real independent pairs of that shape, caught or not (no channel needs to accept them):")
        for name, x, y, same, b, ch in table:
            if not same and name != "own" and shaped(b):
                print(f"  {name} {x} ~ {y}: {'caught' if vetoed(b) else 'NOT caught'} (block {b.block:.2f}, "
                      f"out {b.out:.2f}, out_align {b.out_align:.2f}, accepted by {','.join(ch) or 'none'})")


if __name__ == "__main__":
    main()
