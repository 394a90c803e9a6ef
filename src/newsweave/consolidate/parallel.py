"""A pure function over many items on every core, for the cross-document stage's hot loops.

The cross-document stage runs after the worker pool of stages 1-4 has finished, in the storing
process, so the machine's other cores are idle then. :func:`map_forked` forks that process (the
children inherit what the function reads, e.g. the copy profiles, and the process's string hashes,
so hashed sets compare as in the parent), splits the items into one contiguous slice per process and
returns the results in item order: the same list as ``[fn(x) for x in items]``. The children only
compute and send back their results (no store, no output); where fork is not available (or not safe: Linux
only), or the items are few, it is that list comprehension.
"""
from __future__ import annotations

import multiprocessing
import sys
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# below this many items a fork (tens of milliseconds) costs more than it saves
MIN_ITEMS = 2000

_job: tuple[Callable, Sequence] | None = None  # what the forked children read (inherited, not pickled)


def _can_fork() -> bool:
    # Linux only: macOS offers fork but its system libraries are not safe in a forked child
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _run_slice(bounds: tuple[int, int]) -> list:
    fn, items = _job
    return [fn(x) for x in items[bounds[0]:bounds[1]]]


def map_forked(fn: Callable[[T], R], items: Sequence[T], processes: int, min_items: int | None = None) -> list[R]:
    """``[fn(x) for x in items]``, computed in ``processes`` forked processes when there are at least
    ``min_items`` items (default MIN_ITEMS, for functions of tens of microseconds)."""
    global _job
    if processes <= 1 or len(items) < (MIN_ITEMS if min_items is None else min_items) or not _can_fork():
        return [fn(x) for x in items]
    step = -(-len(items) // processes)
    slices = [(start, min(start + step, len(items))) for start in range(0, len(items), step)]
    _job = (fn, items)
    try:
        with multiprocessing.get_context("fork").Pool(len(slices)) as pool:
            parts = pool.map(_run_slice, slices, chunksize=1)
    except (OSError, multiprocessing.ProcessError):  # no fork (out of memory, process limit): here, then
        return [fn(x) for x in items]
    finally:
        _job = None
    return [r for part in parts for r in part]
