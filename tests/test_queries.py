"""The saved competency questions of ``ontology/queries/`` and their answers on the seeds.

Every expected value below was read off the five articles in ``seeds/`` (the
sentence is quoted next to it), not taken from the program's output. Where
extraction is known to be wrong, the test is a strict xfail that names the
sentence, so fixing the extractor turns it into a visible XPASS.

The questions are also a contract for users: they use only the public
vocabulary (``ontology/vocabulary.md``), declare their own prefixes, sort
their rows (``ORDER BY``), and are listed in ``ontology/queries/README.md``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg
from kg.sparql import query_form

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "ontology" / "queries"
EXPORT = ROOT / "exports" / "graph.ttl"
SEEDS = ROOT / "seeds"
SAVED = sorted(QUERIES.glob("*.rq"))


def ask(name: str) -> kg.sparql.Result:
    return kg.query(EXPORT, (QUERIES / name).read_text(encoding="utf-8"))


def values(name: str) -> list[tuple[str, ...]]:
    """The rows as tuples of plain text, in the order the query sorts them."""
    result = ask(name)
    return [tuple("" if r[v] is None else str(r[v]) for v in result.vars) for r in result]


# ------------------------------------------------------------------ the collection

def test_queries_at_least_twelve_saved() -> None:
    assert len(SAVED) >= 12


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_queries_state_the_question_in_chinese_and_english(path: Path) -> None:
    head = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        head.append(line)
    text = "\n".join(head)
    assert re.search(r"[\u4e00-\u9fff].*[？?]", text), f"{path.name}: no question in Chinese in the leading comment"
    assert re.search(r"(?i)\b(which|what|how|who|is|where|when)\b[^\n]*\?", text), (
        f"{path.name}: no question in English in the leading comment")


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_queries_are_sorted_and_self_contained(path: Path) -> None:
    """ORDER BY makes the answer the same on every engine; own PREFIXes make the file run anywhere."""
    text = path.read_text(encoding="utf-8")
    body = re.sub(r"(?m)^#.*$", "", text)
    form = query_form(text)
    assert form in ("SELECT", "ASK"), path.name
    if form == "SELECT":
        assert "ORDER BY" in body, f"{path.name}: rows must be sorted (ORDER BY)"
    used = set(re.findall(r"\b([a-z]+):[A-Za-z]", body))
    declared = set(re.findall(r"(?m)^PREFIX\s+([a-z]+):", body))
    assert used <= declared, f"{path.name}: prefixes used but not declared: {sorted(used - declared)}"


def _public_terms() -> set[str]:
    text = (ROOT / "ontology" / "vocabulary.md").read_text(encoding="utf-8")
    return set(re.findall(r"`pb:(\w+)`", text)) | set(re.findall(r"\bpb:(\w+)", text))


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_queries_use_only_the_public_vocabulary(path: Path) -> None:
    body = re.sub(r"(?m)^#.*$", "", path.read_text(encoding="utf-8"))
    used = set(re.findall(r"\bpb:(\w+)", body))
    assert used <= _public_terms(), f"{path.name}: not in the public vocabulary: {sorted(used - _public_terms())}"


def test_queries_all_listed_in_the_readme() -> None:
    readme = (QUERIES / "README.md").read_text(encoding="utf-8")
    for path in SAVED:
        assert f"[{path.name}]({path.name})" in readme, f"{path.name} is not listed in ontology/queries/README.md"


# ------------------------------------------------------------------ the answers

def test_queries_01_districts_implementing_jinlin() -> None:
    # Each district section of 000 that uses the brand: 鼓楼 "深入开展近邻党建“百日攻坚行动”", 台江
    # "打造特色近邻党建品牌", 仓山 "创新“123”近邻党建工作体系", 晋安 "积极融入近邻党建工作", 马尾
    # "深入贯彻落实近邻党建“百日攻坚行动”", 长乐 "注入近邻党建", 福清 "扎实开展“近邻党建”百日攻坚行动",
    # 闽清 "深化“333”近邻党建工作法", 罗源 "全面推进近邻党建“百日攻坚”行动", 高新区 "围绕近邻党建“百日攻坚行动”目标".
    # 闽侯, 连江, 永泰 and 二七区 never mention it.
    names = [row[1] for row in values("01_districts_implementing_jinlin.rq")]
    assert sorted(names) == sorted(["鼓楼区", "台江区", "仓山区", "晋安区", "马尾区", "长乐区", "福清市",
                                    "闽清县", "罗源县", "福州高新区"])


def test_queries_02_xiaoqu_branches_per_district() -> None:
    # 台江 "全区共建立小区党支部304个"; 闽清 "30个小区党支部"; 高新区 "建立9个小区党支部";
    # 鼓楼 (004) "建成小区党支部588个". 仓山's 470 are 小区党组织, a different noun.
    assert sorted(values("02_xiaoqu_branches_per_district.rq")) == sorted(
        [("台江区", "304"), ("闽清县", "30"), ("福州高新区", "9"), ("鼓楼区", "588")])


def test_queries_03_taijiang_tiers_in_order() -> None:
    # "台江区构建“街道党工委-社区党委(党总支)-小区党支部-楼栋(楼道)党小组-党员中心户-居民”六级党建格局"
    assert values("03_taijiang_tiers.rq") == [
        ("1", "街道党工委"), ("2", "社区党委"), ("3", "小区党支部"), ("4", "楼栋党小组"), ("5", "党员中心户"),
        ("6", "居民")]


def test_queries_04_programs_shared_by_two_districts() -> None:
    # 台江 "培育“红色物业”" and "近邻党建品牌"; 仓山 "“红色物业”350个" and "“123”近邻党建工作体系".
    assert values("04_programs_shared_by_two_districts.rq") == [("红色物业",), ("近邻党建",)]


def test_queries_05_sentence_behind_a_count_points_into_the_article() -> None:
    rows = ask("05_sentence_behind_a_count.rq")
    assert len(rows) == 1
    row = rows[0]
    assert row["value"] == "304"
    assert row["file"] == "000_fc7edbf31b6f7b6a.txt"
    assert "全区共建立小区党支部304个" in row["quote"]
    text = (SEEDS / str(row["file"])).read_bytes().decode("utf-8")
    assert text[int(row["start"]):int(row["end"])] == row["quote"]


# Communities as the articles name them, and the province each lies in.
COMMUNITIES = {
    "军门社区": "福建省",  # 004 "视察鼓楼区军门社区"
    "三坊七巷社区": "福建省",  # 004 "在三坊七巷社区成立11个坊巷党支部"
    "傲梅苑": "福建省",  # 000 "金山街道傲梅苑" (仓山)
    "金山明珠": "福建省",  # 000 "建新镇金山明珠"
    "儒江村": "福建省",  # 000 "马尾镇儒江村"
    "乐村村": "福建省",  # 000 "琅岐镇乐村村"
    "江口村": "福建省",  # 002 "江口村和柳浪村综合服务大楼竣工" (南屿镇, 福州高新区)
    "柳浪村": "福建省",
    "旗山苑": "福建省",  # 002 "旗山苑安置房773户村民顺利回迁"
    "汇金社区": "河南省",  # 003 "五里堡匯金社區黨群服務中心" (二七区, 郑州)
    "陇海大院": "河南省",  # 003 "胡佩蘭、隴海大院" (二七区)
}


def test_queries_06_community_province() -> None:
    answer = dict(values("06_community_province.rq"))
    for community, province in COMMUNITIES.items():
        assert answer.get(community) == province, community


def test_queries_06_communities_are_exactly_those_named() -> None:
    """No more: 让党组织扎根社区 (take root in the communities) once made a community 扎根社区."""
    assert {row[0] for row in values("06_community_province.rq")} == set(COMMUNITIES)


def test_queries_06_finds_an_estate_in_its_community(tmp_path: Path) -> None:
    """An estate lies in its community (青岛市城阳区城阳街道顺德居社区巴黎壹号小区): five steps to its province."""
    text = "标题\n\n青岛市城阳区城阳街道顺德居社区巴黎壹号小区成立小区党支部。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    graph = kg.build(tmp_path)
    graph.to_turtle(tmp_path / "graph.ttl")
    result = kg.query(tmp_path / "graph.ttl", (QUERIES / "06_community_province.rq").read_text(encoding="utf-8"))
    rows = {tuple(str(r[v]) for v in result.vars) for r in result}
    assert rows == {("顺德居社区", "山东省"), ("巴黎壹号小区", "山东省")}


def test_queries_07_districts_of_fuzhou_with_codes() -> None:
    # The thirteen county-level sections of 000, with their GB/T 2260 codes; 高新区 has none.
    assert sorted(values("07_districts_of_fuzhou.rq")) == sorted([
        ("鼓楼区", "350102"), ("台江区", "350103"), ("仓山区", "350104"), ("马尾区", "350105"),
        ("晋安区", "350111"), ("长乐区", "350112"), ("闽侯县", "350121"), ("连江县", "350122"),
        ("罗源县", "350123"), ("闽清县", "350124"), ("永泰县", "350125"), ("福清市", "350181"),
        ("福州高新区", ""),
    ])


def test_queries_08_townships_by_district() -> None:
    # 000: 仓山 "金山街道傲梅苑、建新镇金山明珠"; 马尾 "马尾镇儒江村、琅岐镇乐村村";
    # 002: "南屿镇党委" (福州高新区); 003: "淮河路街道", "人和路街道", "五里堡街道" (二七区).
    assert sorted(values("08_townships_by_district.rq")) == sorted([
        ("仓山区", "金山街道"), ("仓山区", "建新镇"), ("马尾区", "马尾镇"), ("马尾区", "琅岐镇"),
        ("福州高新区", "南屿镇"), ("二七区", "淮河路街道"), ("二七区", "人和路街道"), ("二七区", "五里堡街道"),
    ])


def test_queries_09_articles_mentioning_taijiang() -> None:
    # 台江 appears in 000 (its own section) and 001 ("台江区以域内党群服务中心为阵地"), nowhere else.
    rows = values("09_articles_mentioning_taijiang.rq")
    assert [r[0] for r in rows] == ["000_fc7edbf31b6f7b6a.txt", "001_71c5d7f6edab117b.txt"]
    assert rows[0][1] == "高擎党建大旗 福州驶入高质量发展快车道"


def test_queries_10_tiers_around_xiaoqu_branch() -> None:
    # 台江 "社区党委(党总支)-小区党支部-楼栋(楼道)党小组"; 鼓楼 (004) "网格党总支—小区党支部—楼栋党小组".
    assert values("10_tiers_around_xiaoqu_branch.rq") == [
        ("above", "社区党委"), ("above", "网格党总支"), ("below", "楼栋党小组")]


def test_queries_11_structures_of_five_or_more_levels() -> None:
    # 台江 "……六级党建格局"; 鼓楼 (004) "街镇党(工)委—社区党委—网格党总支—小区党支部—楼栋党小组“五级网络”".
    assert values("11_structures_of_five_or_more_levels.rq") == [("台江区", "6"), ("鼓楼区", "5")]


def test_queries_12_fuzhou_platform_members() -> None:
    # 001 "全市共有1.6万个党组织、22万多名党员入驻平台": 1.6万 = 16000 (exact), 22万多 = 220000 (approximate).
    assert values("12_fuzhou_platform_members.rq") == [("党员", "220000", "true"), ("党组织", "16000", "false")]


def test_queries_13_article_authors() -> None:
    # 000 "(福州日报记者林晗、通讯员潘黄潇整理)", "【责任编辑:马春林】"; 001 "福州日报记者 王元锴 通讯员 陈薇宇
    # 李纬雁", "责任编辑:赵睿"; 002 "福州日报记者 张笑雪 通讯员 洪见文 汪炜娜", "责任编辑:赵睿"; 003 "統籌:荊哲"
    # (Simplified: 荆哲); 004 names nobody.
    by_file: dict[str, set[str]] = {}
    for file, person in values("13_article_authors.rq"):
        by_file.setdefault(file, set()).add(person)
    assert by_file == {
        "000_fc7edbf31b6f7b6a.txt": {"林晗", "潘黄潇", "马春林"},
        "001_71c5d7f6edab117b.txt": {"王元锴", "陈薇宇", "李纬雁", "赵睿"},
        "002_df2c1c52512f4de2.txt": {"张笑雪", "洪见文", "汪炜娜", "赵睿"},
        "003_df6bc511945944f1.txt": {"荆哲"},
    }


def test_queries_14_programs_of_five_or_more_districts() -> None:
    # 近邻党建: the ten districts of question 01. 百日攻坚行动 (近邻党建's campaign): 鼓楼, 马尾, 福清, 闽清, 罗源,
    # 高新区. 再学习、再调研、再落实活动: 仓山, 马尾 ("省委……活动要求"), 福清, 罗源, 高新区.
    assert values("14_programs_of_five_or_more_districts.rq") == [
        ("近邻党建", "10"), ("百日攻坚行动", "6"), ("再学习、再调研、再落实活动", "5")]


def test_queries_15_no_fact_without_evidence() -> None:
    result = ask("15_any_fact_without_evidence.rq")
    assert result.form == "ASK" and result.boolean is False


@pytest.mark.parametrize("kind", ["Statistic", "Implementation", "TierStructure"])
def test_queries_15_finds_a_fact_stripped_of_its_evidence(tmp_path: Path, kind: str) -> None:
    """The check can fail: drop one fact's evidence, of each kind in turn, and the answer turns true."""
    import pyoxigraph as ox

    pb = "https://w3id.org/pbkg/ontology#"
    store = ox.Store()
    store.bulk_load(path=str(EXPORT), format=ox.RdfFormat.TURTLE)
    facts = sorted(q.subject.value for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(pb + kind)))
    assert facts, f"the seeds' export has no {kind}"
    evidence = list(store.quads_for_pattern(ox.NamedNode(facts[0]), ox.NamedNode(pb + "evidence"), None))
    assert evidence
    for quad in evidence:
        store.remove(quad)
    path = tmp_path / "broken.ttl"
    store.dump(str(path), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    q = (QUERIES / "15_any_fact_without_evidence.rq").read_text(encoding="utf-8")
    assert kg.query(path, q).boolean is True
    assert kg.query(EXPORT, q).boolean is False
