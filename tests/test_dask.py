"""``kg build --dask``: extraction on a dask.distributed cluster gives the bytes of a local build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.pipeline import build_with_stats

ROOT = Path(__file__).resolve().parents[1]


def _distributed():  # type: ignore[no-untyped-def]
    try:
        import distributed
    except ImportError:
        message = "dask.distributed is not installed: pip install -e '.[dask]'"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message} (CI=true: the test extra must install it)")
        pytest.skip(message)
    return distributed


def test_dask_build_on_a_local_cluster_gives_the_same_bytes(tmp_path: Path) -> None:
    distributed = _distributed()
    local, _ = build_with_stats(ROOT / "seeds", jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        graph, stats = build_with_stats(ROOT / "seeds", dask=client, cache=tmp_path / "cache")
        assert stats.runner == "dask"
        assert stats.extracted == 5
        again, stats2 = build_with_stats(ROOT / "seeds", dask=cluster.scheduler_address, cache=tmp_path / "cache")
        assert stats2.cached == 5
    assert graph.turtle() == local.turtle() == again.turtle()
    assert graph.turtle().encode("utf-8") == (ROOT / "exports" / "graph.ttl").read_bytes()
