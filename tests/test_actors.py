"""Who acts: the actor of a clause is the most specific place its subject names."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg


@pytest.mark.parametrize(("sentence", "actor"), [
    ("福州市台江区推行“近邻党建”工作法，建立小区党支部304个。", "台江区"),
    ("据悉，浙江省杭州市西湖区推行“红色管家”工作法，建立小区党支部12个。", "西湖区"),
    ("成都市武侯区玉林街道推行“院落议事”工作法，建立小区党支部9个。", "玉林街道"),
])
def test_actors_a_run_of_places_acts_through_its_last(tmp_path: Path, sentence: str, actor: str) -> None:
    (tmp_path / "a.txt").write_text(f"标题\n\n{sentence}\n", encoding="utf-8")
    graph = kg.build(tmp_path)
    agents = {graph.entities[i.agent].label for i in graph.implementations}
    counted = {graph.entities[s.about].label for s in graph.statistics}
    assert agents == {actor}
    assert counted == {actor}
