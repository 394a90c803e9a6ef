"""Running stages 1-4 in parallel partitions that write Parquet shards (see docs/scaling.md).

``local`` runs partitions in this process or a process pool; ``dask`` on a Dask cluster (a local
one, or an existing scheduler via ``address``). The embedded default (``newsweave run PATH``) does
not come through here, except for :mod:`.pool`, which spreads its stages 1-4 over the cores.
"""
from __future__ import annotations

from ..errors import ConfigError
from .base import EngineSummary, Partition, PartitionResult, plan_partitions, run_engine, run_partition
from .parquet import create_views, load_shards, query_shards

ENGINES = ("local", "dask")


def open_engine(name: str, workers: int | None = None, address: str | None = None, spacy_model: str | None = None):
    """An engine as a context manager; ``spacy_model`` is loaded once per worker when it starts."""
    if name == "local":
        if address:
            raise ConfigError("--address is for the dask engine; the local engine runs on this machine")
        from .local import LocalEngine

        return LocalEngine(workers or 1, spacy_model)
    if name == "dask":
        from .dask_engine import DaskEngine

        return DaskEngine(workers or 2, address, spacy_model)
    raise ConfigError(f"unknown engine {name!r}; use one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "EngineSummary", "Partition", "PartitionResult", "create_views", "load_shards",
           "open_engine", "plan_partitions", "query_shards", "run_engine", "run_partition"]
