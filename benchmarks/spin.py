"""Spin flag calibration: precision and recall of ``documents.spin`` on generated and real pages.

Sets (labels from the corpus files, never from the detector):

- generated: ``tests/corpus/copies`` — the spun and spun+edited variants (``variants/*_spun``,
  ``*_heavy``) are positives; originals, verbatim, chrome, light edits, hand rewrites and the
  independent reports are negatives;
- real dev: ``tests/corpus/real/dev`` — content-farm pages the manifest describes as rewritten or
  spun are positives (``--strict``: only those it calls spun); wire, newspaper, broadcaster, state-media,
  newsletter and other outlet pages are negatives; content-farm reposts (verbatim copies) are left out;
- calibration: ``tests/corpus/real/copies`` — pages its manifest marks ``spun`` (synonym-spun and machine
  rewrites) are positives, and (unless ``--strict``) content-farm pages of kind ``rewrite``; wire copies,
  edits, condensed copies, newspaper rewrites and independent reports are negatives;
- ``--own``: our own extraction corpora (``tests/corpus/claims``, ``entities``, ``holdout``), a file
  named as spun a positive, the rest negatives;
- ``--blind`` scores ``tests/corpus/real/blind`` the same way (measure once, after calibrating).

    .venv/bin/python benchmarks/spin.py            # generated + real dev, per set and together
    .venv/bin/python benchmarks/spin.py -v         # and every document's points and phrases
    .venv/bin/python benchmarks/spin.py --anew --edited --own   # and the extra sets below
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsweave.config import load_options
from newsweave.documents import build_document
from newsweave.documents.language import detect_language
from newsweave.documents.spin import read_spin, spin_of
from newsweave.sources import read_path

ROOT = Path(__file__).resolve().parent.parent
COPIES = ROOT / "tests" / "corpus" / "copies"
REAL = ROOT / "tests" / "corpus" / "real"
REWRITTEN = ("rewrite", "spun", "paraphrase", "summar")


def _texts(path: Path, options) -> list[str]:
    return [build_document(raw, options).text for raw in read_path(path, options.max_input_bytes)]


def generated(options) -> list[tuple[str, bool, str]]:
    out = []
    for path in sorted(COPIES.glob("*/*.txt")):
        positive = path.parent.name == "variants" and path.stem.endswith(("_spun", "_heavy"))
        out += [(f"{path.parent.name}/{path.name}", positive, t) for t in _texts(path, options)]
    return out


def spun_anew(options) -> list[tuple[str, bool, str]]:
    """Every base text of tests/corpus/copies (originals, independent reports, hand rewrites) through the
    copy corpus's own spinner (make_variants.spin): texts whose spun form the phrase table never saw."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_variants", COPIES / "make_variants.py")
    make_variants = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_variants)
    out = []
    for path in sorted([*COPIES.glob("originals/*.txt"), *COPIES.glob("independent/*.txt"),
                        *COPIES.glob("rewritten/*.txt")]):
        spun = make_variants.spin(path.read_text(encoding="utf-8"))
        out.append((f"spun anew: {path.parent.name}/{path.name}", True, spun))
    return out


def extraction_benchmark() -> list[tuple[str, bool, str]]:
    """The article bodies of ../shared/data/article-extraction-benchmark (181 pages of edited web
    publications): negatives only, a precision check on wording outside news of conflicts."""
    truth = ROOT.parent / "shared" / "data" / "article-extraction-benchmark" / "ground-truth.json"
    if not truth.is_file():
        return []
    pages = json.loads(truth.read_text(encoding="utf-8"))
    return [(f"aeb:{key[:12]} {page.get('url', '')[:50]}", False, page["articleBody"]) for key, page in sorted(pages.items())]


def own(options) -> list[tuple[str, bool, str]]:
    """Our own corpora (tests/corpus/claims, entities, holdout): a file named as spun is a positive, the
    rest (news copy written to test extraction, varied reporting verbs included) negatives."""
    out = []
    for folder in ("claims", "entities", "holdout"):
        for path in sorted((ROOT / "tests" / "corpus" / folder).glob("*.txt")):
            out += [(f"{folder}/{path.name}", "spun" in path.stem, t) for t in _texts(path, options)]
    return out


def real(options, split: str, strict: bool) -> list[tuple[str, bool, str]]:
    manifest = json.loads((REAL / "manifest.json").read_text(encoding="utf-8"))["texts"]
    out = []
    for entry in manifest:
        if entry["split"] != split:
            continue
        words = f"{entry['slug']} {entry.get('note') or ''}".lower()
        if entry["source_type"] == "content_farm":
            if not any(w in words for w in (("spun",) if strict else REWRITTEN)):
                continue  # a verbatim repost on a content farm: neither spun nor an editor's page
            positive = True
        else:
            positive = False
        out += [(entry["slug"], positive, t) for t in _texts(REAL / split / f"{entry['slug']}.txt", options)]
    return out


def calibration(options, strict: bool) -> list[tuple[str, bool, str]]:
    manifest = json.loads((REAL / "copies" / "manifest.json").read_text(encoding="utf-8"))["texts"]
    out = []
    for entry in manifest:
        positive = entry["spun"] or (not strict and entry["kind"] == "rewrite" and entry["source_type"] == "content_farm")
        out += [(entry["slug"], positive, t) for t in _texts(REAL / "copies" / f"{entry['slug']}.txt", options)]
    return out


def score(rows, verbose: bool) -> tuple[int, int, int, int]:
    tp = fp = fn = tn = 0
    for name, positive, text in rows:
        reading = read_spin(text)
        flagged = spin_of(text, language=detect_language(text)) is not None  # what the document stage stores
        tp += flagged and positive
        fp += flagged and not positive
        fn += positive and not flagged
        tn += not positive and not flagged
        if verbose or flagged != positive:
            mark = {(True, True): "TP", (True, False): "FP", (False, True): "FN", (False, False): "TN"}[(flagged, positive)]
            phrases = "; ".join(f"{p} [{w}]" for _at, p, w in reading.found)
            print(f"  {mark} {reading.points:4.2f} {name}: {phrases}")
    return tp, fp, fn, tn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--strict", action="store_true", help="real positives: only pages the manifest calls spun")
    ap.add_argument("--anew", action="store_true", help="also spin every base text of the copy corpus anew "
                    "with its spinner (positives the phrase table was not written from)")
    ap.add_argument("--edited", action="store_true", help="also score the article-extraction benchmark's bodies "
                    "(edited web pages, negatives)")
    ap.add_argument("--own", action="store_true", help="also score our own extraction corpora (claims, entities, "
                    "holdout)")
    ap.add_argument("--blind", action="store_true", help="score tests/corpus/real/blind (after calibrating)")
    args = ap.parse_args()
    options = load_options()
    sets = {"generated": generated(options), "real dev": real(options, "dev", args.strict),
            "calibration": calibration(options, args.strict)}
    if args.anew:
        sets["spun anew"] = spun_anew(options)
    if args.edited:
        sets["edited web"] = extraction_benchmark()
    if args.own:
        sets["own"] = own(options)
    if args.blind:
        sets = {"real blind": real(options, "blind", args.strict)}
    total = [0, 0, 0, 0]
    print(f"{'set':<12} {'docs':>5} {'pos':>4} {'TP':>3} {'FP':>3} {'FN':>3} {'P':>5} {'R':>5}")
    for name, rows in sets.items():
        print(name)
        tp, fp, fn, tn = score(rows, args.verbose)
        total = [a + b for a, b in zip(total, (tp, fp, fn, tn))]
        _line(name, tp, fp, fn, tn)
    if len(sets) > 1:
        _line("together", *total)


def _line(name: str, tp: int, fp: int, fn: int, tn: int) -> None:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"{name:<12} {tp + fp + fn + tn:>5} {tp + fn:>4} {tp:>3} {fp:>3} {fn:>3} {p:5.2f} {r:5.2f}")


if __name__ == "__main__":
    main()
