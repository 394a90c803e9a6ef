"""Ingest time and peak memory of one long text (100 KB, 1 MB, 5 MB by default): does cost grow linearly?

Each size is one ``.txt`` file of synthetic paragraphs (benchmarks/synthetic.py, our own templates),
run through stages 1-5 (``pipeline.run`` into an in-memory store, consolidation included). Every
size runs in a fresh child process so its peak resident memory (``ru_maxrss``) is its own; the
baseline is the same child loading the model and ingesting a 10 KB text, and the table shows each
size's seconds per 100 KB against the 100 KB run, so a flat column means linear cost.

    .venv/bin/python benchmarks/long_text.py                 # 100 KB, 1 MB, 5 MB
    .venv/bin/python benchmarks/long_text.py --sizes 100000 990000
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import article  # noqa: E402


def make_text(n_chars: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < n_chars:
        a = article(rng)
        parts.append(a)
        size += len(a) + 2
    return "\n\n".join(parts)[:n_chars]


def child(path: str) -> None:
    import resource

    from newsweave.config import load_options
    from newsweave.nlp import load_pipeline
    from newsweave.pipeline import run
    from newsweave.store import Store

    options = load_options()
    load_pipeline(options.spacy_model)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0, c0 = time.perf_counter(), time.process_time()
    with Store(":memory:") as store:
        summary = run([path], store, options)
        counts = store.counts()
    print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "model_mb": base / 1024, "added": summary.added,
                      "skipped": [s.reason for s in summary.skipped], "mentions": counts["mentions"],
                      "events": counts["events"]}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100_000, 1_000_000, 5_000_000])
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in [10_000, *args.sizes]:
            path = Path(tmp) / f"long-{n}.txt"
            path.write_text(make_text(n), encoding="utf-8")
            out = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                                 check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            rows.append((n, r))
            print(f"{n:>10,} chars: {r['seconds']:7.1f} s wall, {r['cpu']:7.1f} s CPU, peak {r['peak_mb']:6.0f} MB "
                  f"(model loaded: {r['model_mb']:.0f} MB), documents {r['added']}, mentions {r['mentions']}, "
                  f"events {r['events']}, skipped {r['skipped']}", flush=True)
    ref = next(((n, r) for n, r in rows if n == 100_000), rows[0])
    per = ref[1]["cpu"] / ref[0]
    print("\nsize        CPU s    CPU s per 100 KB    ratio to the 100 KB run    peak MB")
    for n, r in rows:
        print(f"{n:>10,}  {r['cpu']:7.1f}  {r['cpu'] / n * 100_000:18.2f}  {r['cpu'] / n / per:24.2f}  "
              f"{r['peak_mb']:9.0f}")


if __name__ == "__main__":
    main()
