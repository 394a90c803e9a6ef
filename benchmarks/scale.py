"""Scaling benchmark: documents per second of stages 1-4 for the local engine (1 and 2 processes)
and the Dask engine (1 and 2 workers), in one run on one synthetic corpus, plus peak memory per worker.

    .venv/bin/python benchmarks/scale.py [--docs 240] [--json results.json]

The corpus comes from ``benchmarks/synthetic.py`` (our own templates, 600-900 words an article).
Throughput is measured from the moment an engine is ready (processes started, spaCy loaded once
per worker) to the last shard written; start-up is reported on its own. Figures are ratios against
the 1-worker run of the same engine in this same process; absolute numbers depend on the machine
and on whatever else is running (note the load average printed with them).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generate_corpus  # noqa: E402

from newsweave.config import load_options  # noqa: E402
from newsweave.engines import open_engine, run_engine  # noqa: E402

CONFIGS = [("local", 1), ("local", 2), ("dask", 1), ("dask", 2)]


def measure(engine_name: str, workers: int, corpus: Path, out: Path, options) -> dict:
    t0 = time.perf_counter()
    with open_engine(engine_name, workers, spacy_model=options.spacy_model) as engine:
        startup = time.perf_counter() - t0
        summary = run_engine(engine, [str(corpus)], options, out)
    peaks = summary.peak_rss_by_worker()
    return {"engine": engine_name, "workers": workers, "documents": summary.documents,
            "skipped": len(summary.skipped), "partitions": len(summary.partitions),
            "startup_s": round(startup, 2), "run_s": round(summary.seconds, 2),
            "docs_per_s": round(summary.documents / summary.seconds, 2),
            "peak_rss_per_worker_mib": {w: round(v, 1) for w, v in sorted(peaks.items())}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=240, help="articles in the synthetic corpus")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()
    options = load_options()
    tmp = Path(tempfile.mkdtemp(prefix="nw-scale-"))
    try:
        files = generate_corpus(tmp / "corpus", args.docs)
        words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
        print(f"corpus: {len(files)} articles, {words / len(files):.0f} words on average; "
              f"{os.cpu_count()} CPUs; load average before {os.getloadavg()[0]:.2f}", flush=True)
        rows = []
        for name, workers in CONFIGS:
            row = measure(name, workers, tmp / "corpus", tmp / f"out-{name}-{workers}", options)
            row["load_average_after"] = round(os.getloadavg()[0], 2)
            rows.append(row)
            peaks = ", ".join(f"{v:.0f}" for v in row["peak_rss_per_worker_mib"].values())
            print(f"{name:5} {workers} worker(s): {row['docs_per_s']:6.2f} docs/s  (run {row['run_s']:.1f} s, "
                  f"start-up {row['startup_s']:.1f} s, {row['partitions']} partitions, "
                  f"peak RSS per worker {peaks} MiB, load {row['load_average_after']})", flush=True)
        rate = {(r["engine"], r["workers"]): r["docs_per_s"] for r in rows}
        ratios = {name: round(rate[(name, 2)] / rate[(name, 1)], 2) for name in ("local", "dask")}
        print(f"2 vs 1 worker: local {ratios['local']:.2f}x, dask {ratios['dask']:.2f}x")
        if args.json:
            Path(args.json).write_text(json.dumps({"runs": rows, "ratio_2_vs_1": ratios}, indent=1) + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
