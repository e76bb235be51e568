"""Python's cyclic garbage collector around the corpus-wide steps, which make millions of objects and no cycles.

A build's resolver, its graph and the view's tables are made once and live
until the process ends or the graph is dropped; they hold no cycles. The
collector, left alone, walks them all again and again as they are made and
after: ``collector_paused`` keeps it off while a step makes them, and, inside
``objects_settled`` (a build, an export), freezes them once made.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# ``objects_settled`` scopes open in this process: inside one, what a paused step made is frozen after it
_settling = 0


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a corpus-wide step makes its objects.

    Resolution and the Turtle export make hundreds of thousands of small
    objects with no cycles among them; that many allocations set off full
    collections that walk every object already in memory (the whole graph),
    again and again. At 10 MB of input this was about a third of each step.
    The collector is switched back on (if it was on) however the step ends.

    Inside ``objects_settled``, what is in memory is frozen first
    (``gc.freeze``): else the first collections after the step walk all it
    made, which the step's young generation still holds (0.5 s of a 22 MB
    rebuild, collecting nothing).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            if _settling:
                gc.freeze()
            gc.enable()


@contextmanager
def objects_settled() -> Iterator[None]:
    """A build or an export: its paused steps' objects are kept out of collections until it ends.

    Frozen objects are never collected as cycles, so they are handed back to
    the collector at the end (``gc.unfreeze``): a notebook that builds again
    and again leaks nothing. Unless the caller froze objects of its own
    before (a server about to fork): those stay as the caller left them.
    """
    global _settling
    thaw = _settling == 0 and gc.get_freeze_count() == 0
    _settling += 1
    try:
        yield
    finally:
        _settling -= 1
        if thaw:
            gc.unfreeze()
