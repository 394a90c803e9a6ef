"""``--watch``: poll folders and hand each batch of new or changed input files to a callback.

Polling (not inotify) because it works the same on network and container file systems, where
news drops usually land. A file is taken once it has not changed for ``settle_seconds``, so a
file still being copied in is picked up on a later round rather than half-read.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable, Iterable

from ..sources import expand_paths

# a file younger than this (seconds since its last modification) may still be being written
SETTLE_SECONDS = 2.0


def watch(paths: Iterable[str], on_new: Callable[[list[str]], None], interval: float,
          max_iterations: int | None = None, settle_seconds: float = SETTLE_SECONDS,
          before_scan: Callable[[], None] | None = None, sleep: Callable[[float], None] = time.sleep) -> int:
    """Scan ``paths`` every ``interval`` seconds and call ``on_new`` with files not seen in this state.

    A file whose size or modification time changes is handed over again (re-ingesting is
    idempotent: stored documents are not added twice). Runs until ``max_iterations`` rounds
    (None: until interrupted); returns the number of rounds done.
    """
    paths = list(paths)
    seen: dict[str, tuple[int, int]] = {}
    rounds = 0
    while max_iterations is None or rounds < max_iterations:
        if before_scan:
            before_scan()
        now = time.time()
        new = []
        for f in expand_paths(p for p in paths if Path(p).exists() or any(c in p for c in "*?[")):
            try:
                st = os.stat(f)
            except OSError:
                continue
            state = (st.st_size, st.st_mtime_ns)
            if seen.get(str(f)) != state and now - st.st_mtime >= settle_seconds:
                new.append(str(f))
                seen[str(f)] = state
        if new:
            on_new(new)
        rounds += 1
        if max_iterations is None or rounds < max_iterations:
            sleep(interval)
    return rounds
