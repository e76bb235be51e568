"""Named bodies: where a name begins, and which place a relative name (市委组织部) belongs to."""

from __future__ import annotations

from pathlib import Path

import kg


def _orgs(tmp_path: Path, text: str) -> dict[str, set[str]]:
    (tmp_path / "a.txt").write_text(f"标题\n\n{text}\n", encoding="utf-8")
    graph = kg.build(tmp_path)
    return {e.label: set(e.alt_labels) for e in graph.entities.values() if e.cls == "Organization"}


def test_organizations_a_preposition_bounds_the_name(tmp_path: Path) -> None:
    text = "湖北省洪湖市民政局党组根据市委组织部工作部署，实施“红色引擎工程”。"
    labels = set(_orgs(tmp_path, text))
    assert not any("根据" in label for label in labels)
    assert "洪湖市委组织部" in labels


def test_organizations_our_city_is_the_county_level_city_in_focus(tmp_path: Path) -> None:
    text = "湖南省沅江市琼湖街道日月星城小区成立党支部。我市市委组织部对此给予肯定，沅江市推行“红色物业”。"
    orgs = _orgs(tmp_path, text)
    assert "沅江市委组织部" in orgs
    assert "我市市委组织部" in orgs["沅江市委组织部"]  # as written, kept as an alias
    assert "益阳市委组织部" not in orgs


def test_organizations_bureaus_and_leading_groups_are_bodies(tmp_path: Path) -> None:
    text = ("德州市住房城乡建设局联合德州市民政局开展检查，金华市建设局党组参加。"
            "全市构建区域化党建新格局，各级党组织谋篇布局。")
    labels = set(_orgs(tmp_path, text))
    assert {"德州市住房城乡建设局", "德州市民政局", "金华市建设局党组"} <= labels
    assert not any(label.endswith(("格局", "布局")) or "党组织" in label for label in labels)


def test_organizations_a_bureau_chief_is_not_a_second_bureau(tmp_path: Path) -> None:
    labels = set(_orgs(tmp_path, "湖北省洪湖市民政局局长王明介绍，全市推广“红色物业”。"))
    assert any(label.endswith("洪湖市民政局") for label in labels)
    assert not any(label.endswith("局局") for label in labels)


def test_organizations_a_place_edition_of_a_program_is_not_a_company(tmp_path: Path) -> None:
    text = ("浙江省长兴县龙山雅苑小区打造“红色物业”品牌，龙山雅苑红色物业每月上门服务。"
            "小区设立月月说事议事厅，长江物业派人参加。")
    labels = set(_orgs(tmp_path, text))
    assert not any(label.endswith(("红色物业", "议事厅")) for label in labels)
    assert "长江物业" in labels
