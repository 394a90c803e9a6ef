"""Compare Dask, Ray Data and Spark on the per-partition job newsweave engines run (docs/scaling.md).

Each engine runs the same :func:`newsweave.engines.run_partition` (stages 1-4 of the pipeline, then
Parquet shards) over the same synthetic corpus, with 1 and 2 local workers, the spaCy model loaded
once per worker in the way that engine offers. Reports start-up time, documents per second of the
run, end-to-end seconds, peak RSS per worker, and the peak RSS of the whole process tree (driver,
workers and the engine's own daemons).

Ray and PySpark must never enter the project venv: run this from a throwaway venv under /tmp that
has the engine installed and sees newsweave through a .pth file, e.g.::

    python3 -m venv /tmp/nw-ray && /tmp/nw-ray/bin/pip install "ray[data]==2.60.0"
    printf '/work/main/src\n/work/main/.venv/lib/python3.11/site-packages\n' \
        > /tmp/nw-ray/lib/python3.11/site-packages/zz_newsweave.pth
    /tmp/nw-ray/bin/python benchmarks/compare_engines.py ray --docs 80
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import generate_corpus  # noqa: E402

from newsweave.config import load_options  # noqa: E402
from newsweave.engines import plan_partitions, run_partition  # noqa: E402


class TreeMemory:
    """Peak summed RSS of this process and all its descendants, sampled every 0.2 s."""

    def __init__(self) -> None:
        self.peak_mib = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree_rss(self) -> float:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    parents[int(pid)] = int(fh.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{pid}/statm") as fh:
                    rss[int(pid)] = int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, IndexError, ValueError):
                continue
        mine, frontier = {os.getpid()}, [os.getpid()]
        while frontier:
            p = frontier.pop()
            for child, parent in parents.items():
                if parent == p and child not in mine:
                    mine.add(child)
                    frontier.append(child)
        return sum(rss.get(p, 0) for p in mine) / 2**20

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mib = max(self.peak_mib, self._tree_rss())
            time.sleep(0.2)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_dask(partitions, options, out, workers):
    from newsweave.engines.dask_engine import DaskEngine

    t0 = time.perf_counter()
    engine = DaskEngine(workers, spacy_model=options.spacy_model)
    t1 = time.perf_counter()
    results = list(engine.map_partitions(partitions, options, out))
    t2 = time.perf_counter()
    engine.close()
    return t1 - t0, t2 - t1, results


def run_ray(partitions, options, out, workers):
    import logging

    import ray

    t0 = time.perf_counter()
    ray.init(num_cpus=workers, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    t1 = time.perf_counter()

    class Runner:
        # Ray Data's idiom for a model loaded once per worker: a callable class run by an actor pool
        def __init__(self, options, out):
            from newsweave.nlp import load_pipeline

            load_pipeline(options.spacy_model)
            self.options, self.out = options, out

        def __call__(self, batch):
            from newsweave.engines import Partition

            results = [run_partition(Partition(int(n), tuple(p)), self.options, self.out)
                       for n, p in zip(batch["number"], batch["paths"])]
            return {"result": [json.dumps([r.number, r.documents, r.worker, r.peak_rss_mib]) for r in results]}

    ds = ray.data.from_items([{"number": p.number, "paths": list(p.paths)} for p in partitions])
    rows = ds.map_batches(Runner, batch_size=1, concurrency=workers, num_cpus=1,
                          fn_constructor_kwargs={"options": options, "out": out}).take_all()
    t2 = time.perf_counter()
    ray.shutdown()
    results = [json.loads(r["result"]) for r in rows]
    return t1 - t0, t2 - t1, results


def run_spark(partitions, options, out, workers):
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    t0 = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{workers}]").appName("newsweave-compare")
             .config("spark.ui.enabled", "false").config("spark.python.worker.reuse", "true").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    t1 = time.perf_counter()
    # the model loads in each reused Python worker on its first partition (load_pipeline's cache)
    rdd = spark.sparkContext.parallelize(partitions, len(partitions))
    results = rdd.map(lambda p: run_partition(p, options, out)).collect()
    t2 = time.perf_counter()
    spark.stop()
    return t1 - t0, t2 - t1, results


RUNNERS = {"dask": run_dask, "ray": run_ray, "spark": run_spark}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("engine", choices=sorted(RUNNERS))
    ap.add_argument("--docs", type=int, default=80)
    ap.add_argument("--workers", default="1,2")
    args = ap.parse_args()
    options = load_options()
    tmp = Path(tempfile.mkdtemp(prefix="nw-compare-"))
    files = generate_corpus(tmp / "corpus", args.docs)
    rows = []
    for workers in [int(w) for w in args.workers.split(",")]:
        out = tmp / f"out-{workers}"
        partitions = plan_partitions(files, workers)
        with TreeMemory() as mem:
            startup, seconds, results = RUNNERS[args.engine](partitions, options, str(out), workers)
        docs, per_worker = 0, {}
        for r in results:
            number, documents, worker, rss = (r if isinstance(r, list) else
                                              (r.number, r.documents, r.worker, r.peak_rss_mib))
            docs += documents
            per_worker[worker] = max(per_worker.get(worker, 0.0), rss)
        rows.append({"engine": args.engine, "workers": workers, "documents": docs, "startup_s": round(startup, 2),
                     "run_s": round(seconds, 2), "docs_per_s": round(docs / seconds, 2),
                     "end_to_end_s": round(startup + seconds, 2),
                     "peak_rss_per_worker_mib": round(max(per_worker.values()), 1),
                     "peak_rss_tree_mib": round(mem.peak_mib, 1)})
        print(json.dumps(rows[-1]), flush=True)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
