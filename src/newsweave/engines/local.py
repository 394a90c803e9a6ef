"""The local engine: partitions in this process, or in a pool of processes on this machine."""
from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator

from ..config import Options
from ..errors import ConfigError
from .base import Partition, PartitionResult, failed_partition, run_partition


def _load_model(name: str) -> None:
    """Pool initializer: each worker process loads the spaCy pipeline once, before its first partition."""
    from ..nlp import load_pipeline

    load_pipeline(name)


def _worker_pid(_n: int) -> int:
    time.sleep(WARM_UP_HOLD_SECONDS)
    return os.getpid()


# a warm-up task holds its worker this long so the next warm-up task goes to another process
WARM_UP_HOLD_SECONDS = 0.2


class LocalEngine:
    """``workers == 1`` runs partitions one after another in this process; more uses a process pool."""

    name = "local"

    def __init__(self, workers: int = 1, spacy_model: str | None = None) -> None:
        self.workers = max(1, workers)
        self.pool = None
        if self.workers > 1:
            # spawn, not fork: a worker starts clean (no inherited DuckDB handles or threads)
            self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_load_model if spacy_model else None,
                                            initargs=(spacy_model,) if spacy_model else ())
            self._warm_up()
        elif spacy_model:
            _load_model(spacy_model)

    def _warm_up(self) -> None:
        """Start every worker now (each loads the model), so the first partitions do not wait for it."""
        pids: set[int] = set()
        try:
            for _attempt in range(3):
                pids |= set(self.pool.map(_worker_pid, range(self.workers)))
                if len(pids) >= self.workers:
                    break
        except BrokenProcessPool as e:
            self.close()
            raise ConfigError(f"the worker processes could not start (is the spaCy model installed?): {e}") from e

    def map_partitions(self, partitions: list[Partition], options: Options, out_dir: str) -> Iterator[PartitionResult]:
        if self.pool is None:
            for p in partitions:
                try:
                    yield run_partition(p, options, out_dir)
                except Exception as e:  # one partition's failure must not lose the others
                    yield failed_partition(p, e)
            return
        futures = {self.pool.submit(run_partition, p, options, out_dir): p for p in partitions}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as e:
                yield failed_partition(futures[future], e)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
