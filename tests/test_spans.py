"""Spans searched by offset answer as a scan of every span would."""

from __future__ import annotations

import random

from kg.spans import Spans


def test_spans_answer_as_a_scan_of_every_span() -> None:
    """Nested, equal, overlapping, empty and unsorted spans, and offsets before, inside and after them."""
    rnd = random.Random(5)
    for _ in range(500):
        spans = [(a, a + rnd.randint(0, 12)) for a in (rnd.randint(0, 60) for _ in range(rnd.randint(0, 8)))]
        found = Spans(spans)
        for pos in range(-2, 80):
            assert found.holds(pos) == any(a <= pos < b for a, b in spans)
            ends = [b for a, b in spans if a <= pos]
            assert found.furthest(pos) == (max(ends) if ends else None)
            for end in range(pos, pos + 14):
                assert found.contains(pos, end) == any(a <= pos and end <= b for a, b in spans)
                assert found.encloses(pos, end) == any(a <= pos and end <= b and (a, b) != (pos, end)
                                                       for a, b in spans)
                assert found.overlaps(pos, end) == any(a < end and pos < b for a, b in spans)


def test_no_spans_hold_nothing() -> None:
    empty = Spans([])
    assert not empty.holds(0) and not empty.contains(0, 0) and empty.furthest(10) is None
    assert not empty.encloses(0, 0) and not empty.overlaps(0, 5)


def test_mentions_by_start_come_in_the_order_given() -> None:
    """A sentence's (or heading's) mentions: those starting in it, in the caller's order, not by start."""
    from kg.model import Mention
    from kg.spans import ByStart

    rnd = random.Random(9)
    for _ in range(200):
        mentions = [Mention("District", str(k), "x", "x", "a.txt", s, s + 2)
                    for k, s in enumerate(rnd.randint(0, 40) for _ in range(rnd.randint(0, 12)))]
        found = ByStart(mentions)
        for lo in range(-1, 45):
            for hi in range(lo, lo + 10):
                assert found.starting_in(lo, hi) == [m for m in mentions if lo <= m.start < hi]
