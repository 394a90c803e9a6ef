"""The distributed engine: Dask (``distributed``), on a local cluster or an existing scheduler.

Each partition is one Dask task running :func:`~newsweave.engines.base.run_partition`; workers are
processes with one thread each (spaCy is CPU-bound and holds the GIL), and a worker plugin loads
the spaCy pipeline once per worker when it joins. Shards are written by the workers, so with a
remote ``--address`` the output folder must be on storage every worker and the client can reach.
"""
from __future__ import annotations

import logging
from typing import Iterator

from ..config import Options
from ..errors import ConfigError
from .base import Partition, PartitionResult, failed_partition, run_partition

try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # the extra is not installed: DaskEngine() says so
    _WorkerPlugin = object

INSTALL_HINT = 'the dask engine needs the distributed extra: pip install "newsweave[distributed]"'


def _distributed():
    try:
        import distributed
    except ImportError as e:
        raise ConfigError(INSTALL_HINT) from e
    return distributed


class LoadPipeline(_WorkerPlugin):
    """Worker plugin: load the spaCy pipeline when a worker starts (once per worker process)."""

    idempotent = True

    def __init__(self, model: str) -> None:
        self.model = model
        self.name = f"newsweave-load-pipeline-{model}"

    def setup(self, worker) -> None:
        from ..nlp import load_pipeline

        load_pipeline(self.model)



class DaskEngine:
    name = "dask"

    def __init__(self, workers: int = 2, address: str | None = None, spacy_model: str | None = None) -> None:
        distributed = _distributed()
        self.cluster = None
        if address:
            try:
                self.client = distributed.Client(address, timeout="20s")
            except (OSError, TimeoutError) as e:
                raise ConfigError(f"cannot reach the Dask scheduler at {address}: {e}") from e
        else:
            self.cluster = distributed.LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                                    dashboard_address=None, silence_logs=logging.ERROR)
            self.client = distributed.Client(self.cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        if spacy_model:
            self.client.register_plugin(LoadPipeline(spacy_model))

    def map_partitions(self, partitions: list[Partition], options: Options, out_dir: str) -> Iterator[PartitionResult]:
        distributed = _distributed()
        if not partitions:
            return
        futures = self.client.map(run_partition, partitions, options=options, out_dir=out_dir, pure=False)
        by_key = {f.key: p for f, p in zip(futures, partitions)}
        for future in distributed.as_completed(futures):
            try:
                yield future.result()
            except Exception as e:  # a lost worker or a failing write: report the partition, go on
                yield failed_partition(by_key[future.key], e)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

