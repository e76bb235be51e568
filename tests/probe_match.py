"""Scoring a probe (tests/probes/): what kg read against what a careful reader took, one excerpt at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

Read = TypeVar("Read")
Taken = TypeVar("Taken")


def matched(taken: Sequence[Taken], read: Sequence[Read], alike: Callable[[Taken, Read], bool]) -> tuple[int, int]:
    """(how many of ``taken`` kg read, how many of ``read`` no reader took): each read fact answers one taken
    fact at most, the first alike that is not answered yet."""
    used: set[int] = set()
    hits = 0
    for t in taken:
        k = next((k for k, r in enumerate(read) if k not in used and alike(t, r)), None)
        if k is not None:
            used.add(k)
            hits += 1
    return hits, len(read) - len(used)
