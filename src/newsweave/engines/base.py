"""What every engine shares: partitions of input files, the per-partition job, the run summary.

A partition is a contiguous run of input files (in the order ``expand_paths`` gives), so that
merging shards in partition order reproduces the embedded store's first-seen rules. The job an
engine runs on a partition is :func:`run_partition`: stages 1-4 of :mod:`newsweave.pipeline`
unchanged (the spaCy model is loaded once per worker process by ``load_pipeline``'s cache),
then one Parquet shard per record table.
"""
from __future__ import annotations

import math
import os
import resource
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Protocol

from ..config import Options
from ..model import Skipped
from ..pipeline import process
from ..sources import expand_paths
from .parquet import next_part_number, rows_by_table, write_partition

# Partitions per worker: several, so a worker that finishes early takes the next one (files differ
# in size). At the end of a run a worker may wait up to one partition for the others, i.e. up to
# 1/PARTITIONS_PER_WORKER of its share; 8 keeps that under ~6% on average while a partition still
# holds enough documents (15 on the 240-article benchmark corpus) that its fixed cost (nlp.pipe
# start, nine small Parquet files, ~0.1 s) stays around 3% (benchmarks/scale.py).
PARTITIONS_PER_WORKER = 8
# Upper bound on the input bytes of one partition: its records are held in memory until its
# shards are written. A single file larger than this is still one partition (files are not split).
MAX_PARTITION_BYTES = 64 * 1024 * 1024
FAILED_WORKER = "?"


@dataclass(frozen=True)
class Partition:
    number: int
    paths: tuple[str, ...]


@dataclass(frozen=True)
class PartitionResult:
    number: int
    documents: int
    skipped: tuple[Skipped, ...]
    seconds: float
    worker: str
    # peak resident memory of the worker process so far (MiB, from getrusage)
    peak_rss_mib: float


@dataclass
class EngineSummary:
    engine: str
    workers: int
    output: str
    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    partitions: list[PartitionResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.skipped)

    def peak_rss_by_worker(self) -> dict[str, float]:
        peaks: dict[str, float] = {}
        for p in self.partitions:
            if p.worker == FAILED_WORKER:
                continue
            peaks[p.worker] = max(peaks.get(p.worker, 0.0), p.peak_rss_mib)
        return peaks


class Engine(Protocol):
    name: str
    workers: int

    def map_partitions(self, partitions: list[Partition], options: Options, out_dir: str) -> Iterator[PartitionResult]:
        """Run :func:`run_partition` on every partition; yield results as they complete."""

    def close(self) -> None: ...


def plan_partitions(paths: Iterable[str | Path], workers: int, first_number: int = 0,
                    per_worker: int = PARTITIONS_PER_WORKER) -> list[Partition]:
    """Contiguous groups of files of about equal size: ``workers * per_worker`` of them (fewer when
    there are fewer files), more when that would put over ``MAX_PARTITION_BYTES`` in one."""
    files = [str(p) for p in paths]
    if not files:
        return []
    sizes = []
    for f in files:
        try:
            sizes.append(max(1, os.path.getsize(f)))
        except OSError:
            sizes.append(1)  # unreadable: its partition reports it as skipped
    total = sum(sizes)
    n_parts = min(len(files), max(workers * per_worker, math.ceil(total / MAX_PARTITION_BYTES)))
    groups: list[list[str]] = []
    current: list[str] = []
    current_bytes, left_bytes, left_parts = 0, total, n_parts
    for f, size in zip(files, sizes):
        # close the group when this file would take it past its share of what is left
        if current and left_parts > 1 and current_bytes + size / 2 > left_bytes / left_parts:
            groups.append(current)
            left_bytes, left_parts = left_bytes - current_bytes, left_parts - 1
            current, current_bytes = [], 0
        current.append(f)
        current_bytes += size
    groups.append(current)
    return [Partition(first_number + i, tuple(g)) for i, g in enumerate(groups)]


def peak_rss_mib() -> float:
    """Peak resident memory of this process in MiB. VmHWM, not getrusage: a spawned worker's
    ru_maxrss starts from its parent's peak (it survives the exec), VmHWM is the process's own."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run_partition(partition: Partition, options: Options, out_dir: str) -> PartitionResult:
    """Stages 1-4 over one partition's files, written as Parquet shards; runs inside a worker."""
    started = time.perf_counter()
    results = list(process(partition.paths, options))
    write_partition(out_dir, partition.number, rows_by_table(results))
    skipped = tuple(r for r in results if isinstance(r, Skipped))
    return PartitionResult(number=partition.number, documents=len(results) - len(skipped), skipped=skipped,
                           seconds=time.perf_counter() - started, worker=f"{socket.gethostname()}:{os.getpid()}",
                           peak_rss_mib=peak_rss_mib())


def failed_partition(partition: Partition, error: BaseException) -> PartitionResult:
    """A partition whose job died (worker lost, disk full): each of its files is reported."""
    reason = f"partition {partition.number} failed: {type(error).__name__}: {error}"
    return PartitionResult(number=partition.number, documents=0,
                           skipped=tuple(Skipped(source=p, reason=reason) for p in partition.paths),
                           seconds=0.0, worker=FAILED_WORKER, peak_rss_mib=0.0)


def run_engine(engine: Engine, paths: Iterable[str], options: Options, out_dir: str | Path,
               on_partition: Callable[[PartitionResult], None] | None = None) -> EngineSummary:
    """Stages 1-4 of every input on ``engine``, as Parquet shards under ``out_dir``."""
    out_dir = str(out_dir)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    summary = EngineSummary(engine=engine.name, workers=engine.workers, output=out_dir)
    partitions = plan_partitions(expand_paths(paths), engine.workers, next_part_number(out_dir))
    started = time.perf_counter()
    for result in engine.map_partitions(partitions, options, out_dir):
        summary.partitions.append(result)
        summary.documents += result.documents
        summary.skipped.extend(result.skipped)
        if on_partition:
            on_partition(result)
    summary.seconds = time.perf_counter() - started
    summary.partitions.sort(key=lambda p: p.number)
    return summary
