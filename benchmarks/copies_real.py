"""Copy detection on real pages: pair precision and recall on real dev and the copy-calibration set.

Sets (labels from the manifests, never from the detector):

- real dev: ``tests/corpus/real/dev`` (same-story groups from ``same_story_as``, hard negatives from
  ``independent_of`` in ``tests/corpus/real/manifest.json``);
- calibration: ``tests/corpus/real/copies`` (wire stories with their reposts, edits, condensed copies,
  human, machine and spun rewrites, and independent reports of the same events; its own ``manifest.json``);
- together: both folders in one index (a calibration page must not join a dev page either).

Documents go through the store's own path (``build_document``, then ``run.copy_stories``); a pair is found
when its two documents end in one story. For every gold pair and every independent pair the channels'
measures are printed (``-v``: all of them; otherwise the misses and false joins), so a threshold can be
set with a margin on what both sets show:

    .venv/bin/python benchmarks/copies_real.py          # P / R per set, misses and false joins
    .venv/bin/python benchmarks/copies_real.py -v       # and every labelled pair's measures
"""
from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from newsweave.config import load_options
from newsweave.consolidate.copies import condensed, profile
from newsweave.consolidate.run import copy_stories
from newsweave.consolidate.factseq import fact_match
from newsweave.model import Document
from newsweave.pipeline import load_documents

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "corpus" / "real"
CALIBRATION = REAL / "copies"


def _entries(manifest: Path, split: str | None) -> list[dict]:
    texts = json.loads(manifest.read_text(encoding="utf-8"))["texts"]
    return [t for t in texts if split is None or t.get("split") == split]


def labelled_set(name: str) -> tuple[list[Path], set[frozenset], set[frozenset], dict[str, str]]:
    """Files, same-story pairs, independent pairs and each slug's kind for one set."""
    if name == "dev":
        folder, entries = REAL / "dev", _entries(REAL / "manifest.json", "dev")
    else:
        folder, entries = CALIBRATION, _entries(CALIBRATION / "manifest.json", None)
    slugs = {t["slug"] for t in entries}  # pairs within the set only (dev names no blind text as a copy)
    want = {frozenset((t["slug"], o)) for t in entries for o in t["same_story_as"] if o in slugs}
    apart = {frozenset((t["slug"], o)) for t in entries for o in t["independent_of"] if o in slugs}
    kinds = {t["slug"]: t.get("kind") or t["source_type"] for t in entries}
    return [folder / f"{t['slug']}.txt" for t in entries], want, apart, kinds



def labelled_pairs(names=("dev", "calibration"), options=None):
    """(set name, slug x, slug y, same story?, document x, document y, profile x, profile y) of each labelled pair
    of the named sets whose two texts both load, x before y."""
    options = options or load_options()
    for name in names:
        files, want, apart, _kinds = labelled_set(name)
        docs = [d for d in load_documents([str(f) for f in files], options) if isinstance(d, Document)]
        by_slug = {Path(d.source).stem: d for d in docs}
        profiles = {s: profile(d.text, d.credit, d.outlet.name) for s, d in by_slug.items()}
        for pair in sorted(want | apart, key=sorted):
            x, y = sorted(pair)
            if x in by_slug and y in by_slug:
                yield name, x, y, pair in want, by_slug[x], by_slug[y], profiles[x], profiles[y]

def run(files: list[Path], options):
    """Stories and verified pairs of the documents of ``files``, as the store computes them."""
    docs = [d for d in load_documents([str(f) for f in files], options) if isinstance(d, Document)]
    slug = {d.id: Path(d.source).stem for d in docs}
    profiles = {d.id: profile(d.text, d.credit, d.outlet.name) for d in docs}  # for the measures printed
    stories, _copies, pairs = copy_stories(docs, options)  # the store's own path (run.copy_stories)
    members: dict[str, list[str]] = {}
    for s in stories:
        members.setdefault(s.story, []).append(slug[s.doc])
    found = {frozenset(p) for ms in members.values() for p in itertools.combinations(ms, 2)}
    methods = {frozenset((slug[p.a], slug[p.b])): p.method for p in pairs}
    by_slug = {slug[i]: p for i, p in profiles.items()}
    return found, methods, by_slug


def measures(a, b) -> str:
    m = fact_match(a, b)
    facts = "too few facts" if m is None else (
        f"facts {m.facts:.2f} contain {m.containment:.2f} wording {m.wording:.2f} own {m.own:.2f} text {m.text:.2f} run {m.run}"
        f"{' credited' if m.credited else ''}{' conflicting' if m.conflicting else ''}")
    return f"{facts}; condensed {condensed(a, b):.2f}; n_facts {len(a.facts)}/{len(b.facts)}"


def report(name: str, found, methods, profiles, want, apart, kinds, verbose: bool) -> tuple[int, int, int]:
    tp, fp_apart = found & want, found & apart
    fp = found - want
    print(f"{name}: {len(want)} same-story pairs, {len(apart)} independent pairs; "
          f"found {len(tp)}, false joins {len(fp)} ({len(fp_apart)} of them independent reports)")
    for pair in sorted(want | apart, key=sorted):
        a, b = sorted(pair)
        hit, gold = pair in found, pair in want
        if not verbose and hit == gold:
            continue
        mark = {(True, True): "TP", (True, False): "FP", (False, True): "FN", (False, False): "TN"}[(hit, gold)]
        how = methods.get(pair, "via group" if hit else "-")
        print(f"  {mark} {a} [{kinds.get(a)}] ~ {b} [{kinds.get(b)}]: {how}; {measures(profiles[a], profiles[b])}")
    for pair in sorted(fp - apart, key=sorted):
        a, b = sorted(pair)
        print(f"  FP (unlabelled) {a} ~ {b}: {methods.get(pair, 'via group')}; {measures(profiles[a], profiles[b])}")
    return len(tp), len(fp), len(want)


def _line(name: str, tp: int, fp: int, gold: int) -> None:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / gold if gold else 1.0
    print(f"{name:<12} gold {gold:>3}  found {tp:>3}  false {fp:>3}  P {p:.3f}  R {r:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="every labelled pair's measures")
    args = ap.parse_args()
    options = load_options()
    sets = {name: labelled_set(name) for name in ("dev", "calibration")}
    lines = []
    for name, (files, want, apart, kinds) in sets.items():
        found, methods, profiles = run(files, options)
        lines.append((name, *report(name, found, methods, profiles, want, apart, kinds, args.verbose)))
    files = [f for s in sets.values() for f in s[0]]
    want = set().union(*(s[1] for s in sets.values()))
    apart = set().union(*(s[2] for s in sets.values()))
    kinds = {k: v for s in sets.values() for k, v in s[3].items()}
    found, methods, profiles = run(files, options)
    lines.append(("together", *report("together", found, methods, profiles, want, apart, kinds, False)))
    print()
    for line in lines:
        _line(*line)


if __name__ == "__main__":
    main()
