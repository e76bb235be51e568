"""The collector around corpus-wide steps: frozen inside a build or an export, handed back after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg.collector import collector_paused, objects_settled
from kg.exporters import export
from kg.pipeline import build_with_stats

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _thawed() -> None:
    """Each test starts with nothing frozen, and leaves nothing frozen behind (whatever it asserted)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


class _Node:
    def __init__(self) -> None:
        self.items: list[int] = []


def test_collector_a_paused_step_inside_a_build_is_frozen_after_it() -> None:
    with objects_settled():
        with collector_paused():
            made = [_Node() for _ in range(1000)]
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(made)  # the step's objects: no collection walks them now
    assert gc.get_freeze_count() == 0  # handed back to the collector at the end


def test_collector_a_paused_step_outside_a_build_freezes_nothing() -> None:
    with collector_paused():
        _ = [_Node() for _ in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_collector_a_cycle_made_in_a_build_is_collected_after_it() -> None:
    with objects_settled():
        with collector_paused():
            a, b = _Node(), _Node()
            a.items.append(b)  # type: ignore[arg-type]
            b.items.append(a)  # type: ignore[arg-type]
            ids = {id(a), id(b)}
        del a, b
    gc.collect()
    assert not any(id(o) in ids and isinstance(o, _Node) for o in gc.get_objects())


def test_collector_what_the_caller_froze_stays_frozen() -> None:
    kept = [_Node() for _ in range(100)]
    gc.freeze()  # a server that froze its objects before forking
    before = gc.get_freeze_count()
    with objects_settled():
        with collector_paused():
            _ = [_Node() for _ in range(100)]
    assert gc.get_freeze_count() >= before
    assert kept


def test_collector_nested_scopes_hand_back_once_at_the_outermost() -> None:
    with objects_settled():
        with objects_settled():
            with collector_paused():
                _ = [_Node() for _ in range(100)]
        assert gc.get_freeze_count() > 0  # the inner scope's end is not the build's
    assert gc.get_freeze_count() == 0


def test_collector_the_collector_stays_off_if_the_caller_had_it_off() -> None:
    gc.disable()
    try:
        with objects_settled():
            with collector_paused():
                _ = [_Node() for _ in range(100)]
            assert not gc.isenabled()
            assert gc.get_freeze_count() == 0  # only a step that switched it back on freezes
    finally:
        gc.enable()


def test_collector_a_build_and_its_export_leave_nothing_frozen(tmp_path: Path) -> None:
    graph, _ = build_with_stats([SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]], jobs=1)
    assert gc.get_freeze_count() == 0
    export(graph, tmp_path, ("ttl", "html"), parallel=False)
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
