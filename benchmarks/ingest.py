"""Ingest throughput of stages 1-2 (sources + documents, no spaCy) against raw trafilatura.

Both sides run in this process on the same pages, alternating, several rounds; the table shows
the best round of each (the least disturbed by other load on the machine) and the ratio. Times are
CPU time of this process (``time.process_time``): on a shared machine wall time mostly measures
the neighbours; wall-clock figures are printed too.

    .venv/bin/python benchmarks/ingest.py                      # ../shared/data/article-extraction-benchmark/html
    .venv/bin/python benchmarks/ingest.py PATH... --rounds 5
    .venv/bin/python benchmarks/ingest.py --documents out.jsonl  # also write document records (for score.py --boilerplate)

Baseline: read + gunzip + decode each file, then ``trafilatura.bare_extraction(html, with_metadata=True)``
(main text plus title, author, date, site: the same job). Ours: ``pipeline.load_documents``
(reading with input checks, extraction with a precision-first fallback, chrome lines, date, language).
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

import trafilatura

from newsweave.config import load_options
from newsweave.model import Skipped, to_dict
from newsweave.pipeline import load_documents
from newsweave.sources import expand_paths

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "article-extraction-benchmark" / "html"


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def baseline(paths: list[Path]) -> int:
    n = 0
    for p in paths:
        if trafilatura.bare_extraction(_read(p), with_metadata=True) is not None:
            n += 1
    return n


def ours(paths: list[Path], options, keep: list | None = None) -> int:
    n = 0
    for item in load_documents([str(p) for p in paths], options):
        if not isinstance(item, Skipped):
            n += 1
        if keep is not None:
            keep.append(item)
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(DEFAULT_PAGES)])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--documents", type=Path, help="write our document records here (JSON Lines)")
    args = ap.parse_args()

    paths = list(expand_paths(args.paths))
    if not paths:
        print(f"no input files in {' '.join(args.paths)}", file=sys.stderr)
        return 2
    options = load_options()
    mb = sum(len(_read(p).encode("utf-8")) for p in paths) / 1e6
    ours(paths[:3], options)  # warm-up: imports, cue tables, language model
    baseline(paths[:3])

    times: dict[str, list[float]] = {"trafilatura (baseline)": [], "newsweave stages 1-2": []}
    walls: dict[str, list[float]] = {name: [] for name in times}
    counts: dict[str, int] = {}
    kept: list = []
    for r in range(args.rounds):
        for name in times:
            t0, w0 = time.process_time(), time.perf_counter()
            if name.startswith("trafilatura"):
                counts[name] = baseline(paths)
            else:
                kept.clear()
                counts[name] = ours(paths, options, kept)
            times[name].append(time.process_time() - t0)
            walls[name].append(time.perf_counter() - w0)

    print(f"{len(paths)} files, {mb:.2f} MB of HTML/text (uncompressed), {args.rounds} rounds; best round shown")
    print(f"{'':26s} {'docs':>5s} {'CPU s':>8s} {'docs/s':>8s} {'MB/s':>7s} {'median s':>9s} {'wall s':>7s}")
    for name, ts in times.items():
        best = min(ts)
        print(f"{name:26s} {counts[name]:5d} {best:8.2f} {len(paths) / best:8.1f} {mb / best:7.2f} "
              f"{statistics.median(ts):9.2f} {min(walls[name]):7.2f}")
    base, mine = min(times["trafilatura (baseline)"]), min(times["newsweave stages 1-2"])
    print(f"overhead ratio (newsweave / trafilatura): {mine / base:.2f}x best, "
          f"{statistics.median(times['newsweave stages 1-2']) / statistics.median(times['trafilatura (baseline)']):.2f}x median")
    print("(timings on a shared machine are noisy; compare ratios from the same run)")

    if args.documents:
        with open(args.documents, "w", encoding="utf-8") as fh:
            for item in kept:
                fh.write(json.dumps(to_dict(item), ensure_ascii=False) + "\n")
        print(f"{sum(1 for k in kept if not isinstance(k, Skipped))} document records written to {args.documents}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
