"""Stages 1-4 of the embedded ``run``/``extract`` on every core: chunks of input files in a process pool.

Each worker runs :func:`newsweave.pipeline.process` unchanged on a contiguous chunk of the input
files; the results come back chunk by chunk and are yielded in input order, so the store and the
JSON Lines are those of one process. Stages 5 and 6 (store, cross-document) stay in the calling process.

On Linux the workers are forked from this process once it has read the knowledge tables and loaded
the spaCy model: they start at once and share those pages copy-on-write, where a spawned worker
spent ~3 s of CPU on imports, tables and its own model before its first document (both workers at
once, while this process waited). Elsewhere (or with ``NEWSWEAVE_POOL_START=spawn``) they are spawned
and load the model themselves.
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Iterator, Sequence

from ..config import Options
from ..consolidate.parallel import _can_fork
from ..model import DocumentRecords, Skipped
from ..sources.files import JSONL_SUFFIXES, _suffix

# Documents per worker below which one process is as fast: a pool of two is ready (spawn, imports,
# the model in each) 13.5 s later than one process has loaded its model (20.6 s against 7.1 s on the
# shared 2-core machine at load 11), the time one process at that load spent on ~19 synthetic
# articles (1.44/s); two workers save half a document's time per document, so they pay from ~38.
# (Measured with spawned workers; forked ones start at once, so fewer would pay: not measured yet.)
MIN_DOCUMENTS_PER_WORKER = 20
# Chunks per worker: many, so a worker that finishes early takes the next one (files differ in size),
# the last chunk leaves the other core idle only briefly, and the progress bar moves; each chunk's
# nlp.pipe restart costs little next to its parse.
CHUNKS_PER_WORKER = 24
# The last chunks: each at most this share of the files left per worker (with 240 synthetic articles in
# chunks of 5, one core waited ~0.5 s on average for the other's last chunk, by the forked-workers pass's figures).
TAIL_SHARE = 4
# Chunks in flight per worker: results wait in order in this process, so a slow chunk holds back
# at most this many finished ones in memory.
WINDOW_PER_WORKER = 4


def count_documents(paths: Sequence[Path]) -> int:
    """The documents the inputs hold, counted cheaply before the run: one per file, one per
    non-blank line of a JSON Lines file (a feed or WARC archive counts as one until read)."""
    total = 0
    for p in paths:
        if _suffix(p) in JSONL_SUFFIXES:
            try:
                with open(p, "rb") as fh:
                    total += max(1, sum(1 for line in fh if line.strip()))
            except OSError:
                total += 1
        else:
            total += 1
    return total


def default_workers(documents: int, workers: int | None) -> int:
    """``workers`` when given; else the machine's cores when the input pays for them, else 1."""
    if workers is not None:
        return max(1, workers)
    cores = os.cpu_count() or 1
    return max(1, min(cores, documents // MIN_DOCUMENTS_PER_WORKER))


def plan_chunks(paths: Sequence[Path], workers: int) -> list[tuple[str, ...]]:
    """Contiguous chunks of the input files: about ``workers * CHUNKS_PER_WORKER`` of one size, then, near the
    end, each at most ``1 / (TAIL_SHARE * workers)`` of the files left, down to one file (guided: the last
    chunks are small, so the workers finish together instead of one waiting for the other's last chunk)."""
    files = [str(p) for p in paths]
    size = max(1, -(-len(files) // (workers * CHUNKS_PER_WORKER)))
    chunks, start = [], 0
    while start < len(files):
        left = len(files) - start
        end = start + min(size, -(-left // (TAIL_SHARE * workers)))
        chunks.append(tuple(files[start:end]))
        start = end
    return chunks


def start_method() -> str:
    """``fork`` where it is safe (Linux), else ``spawn``; ``NEWSWEAVE_POOL_START`` chooses."""
    chosen = os.environ.get("NEWSWEAVE_POOL_START", "")
    if chosen in ("fork", "spawn"):
        return chosen if chosen == "spawn" or _can_fork() else "spawn"
    return "fork" if _can_fork() else "spawn"


def _pool(workers: int, options: Options) -> ProcessPoolExecutor:
    method = start_method()
    if method == "fork":
        # the children inherit the model and the tables; they never touch the store, the progress
        # bar or any other thread's state (DuckDB's, rich's), and leave with os._exit
        _load_model(options.spacy_model)
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_load_model, initargs=(options.spacy_model,))


def _load_model(name: str) -> None:
    from ..nlp import load_pipeline

    load_pipeline(name)


def _process_chunk(paths: tuple[str, ...], options: Options) -> list[DocumentRecords | Skipped]:
    from ..pipeline import process

    return list(process(paths, options))


def _submit(pool: ProcessPoolExecutor, chunk: tuple[str, ...], options: Options) -> Future:
    try:
        return pool.submit(_process_chunk, chunk, options)
    except Exception as e:  # the pool broke (a worker died): the chunk's inputs are reported below
        failed: Future = Future()
        failed.set_exception(e)
        return failed


def process_in_pool(paths: Sequence[Path], options: Options, workers: int) -> Iterator[DocumentRecords | Skipped]:
    """Stages 1-4 over ``paths`` in ``workers`` processes; results in input order."""
    from ..pipeline import load_knowledge

    load_knowledge(options)  # a broken user table stops the run here, once, not in every worker
    chunks = plan_chunks(paths, workers)
    workers = min(workers, len(chunks))
    if workers <= 1:
        from ..pipeline import process

        yield from process([str(p) for p in paths], options)
        return
    with _pool(workers, options) as pool:
        pending: deque[tuple[tuple[str, ...], Future]] = deque()
        todo = iter(chunks)
        try:
            while True:
                while len(pending) < workers * WINDOW_PER_WORKER and (chunk := next(todo, None)) is not None:
                    pending.append((chunk, _submit(pool, chunk, options)))
                if not pending:
                    return
                chunk, future = pending.popleft()
                try:
                    yield from future.result()
                except Exception as e:  # a worker died (out of memory, killed): its inputs are reported
                    reason = f"worker failed: {type(e).__name__}: {e}"
                    yield from (Skipped(source=p, reason=reason) for p in chunk)
        finally:
            for _chunk, future in pending:
                future.cancel()
