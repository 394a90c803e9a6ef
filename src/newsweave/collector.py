"""The garbage collector paused while a stage makes many objects that live as long as the stage.

None of them is garbage yet, and each full collection the collector would start on the way walks every one made so
far: loading the web view's records and merging a store's events and claims both spend a tenth or more of their
time in such walks (docs/performance.md)."""
from __future__ import annotations

import atexit
import gc
from contextlib import contextmanager


@contextmanager
def collector_paused():
    """The collector off inside the block, restored after it (left off if it was off: a caller's choice)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


_frozen = [False]


def freeze_loaded() -> None:
    """Every object made so far (the spaCy model, the knowledge tables) moved out of the collector's reach, once per
    process (:func:`gc.freeze`): they live as long as the process, and each full collection a run starts would walk
    all of them again (~360,000 objects, 0.15 s a walk on the text corpus; docs/performance.md)."""
    if not _frozen[0]:
        _frozen[0] = True
        gc.freeze()
        atexit.register(gc.unfreeze)  # back in reach at exit, so the interpreter's last sweep frees them
