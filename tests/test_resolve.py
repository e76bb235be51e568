"""Resolution across documents: one node per real thing, facts grouped with all their evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.graph import KnowledgeGraph
from kg.model import Entity


def _build(tmp_path: Path, files: dict[str, str]) -> KnowledgeGraph:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return kg.build(tmp_path)


def _of_class(graph: KnowledgeGraph, cls: str) -> list[Entity]:
    return [e for e in graph.entities.values() if e.cls == cls]


def _by_label(graph: KnowledgeGraph, label: str) -> Entity:
    (found,) = [e for e in graph.entities.values() if e.label == label]
    return found


WUHOU_A = "\n".join(
    [
        "武侯区推广院落议事新做法",
        "武侯区推广“院落议事”工作法，居民议事有了固定场所。",
        "玉林街道率先试点，武侯区推广“院落议事”工作法的经验。",
    ]
)
WUHOU_B = "\n".join(
    [
        "武侯区院落议事见成效",
        "武侯区推广“院落议事”，居民满意度提升。",
        "武侯区升级“院落议事工作法”2.0版。",
    ]
)


def test_resolve_same_place_in_two_documents_is_one_entity(tmp_path: Path) -> None:
    graph = _build(tmp_path, {"a.txt": WUHOU_A, "b.txt": WUHOU_B})
    districts = _of_class(graph, "District")
    assert [e.id for e in districts] == ["place/510107"]
    (wuhou,) = districts
    assert (wuhou.label, wuhou.code) == ("武侯区", "510107")
    assert wuhou.documents == {"a.txt", "b.txt"}
    # 武侯区 is written three times in a.txt and three times in b.txt
    assert wuhou.mentions == 6


def test_resolve_local_place_keyed_by_its_parent(tmp_path: Path) -> None:
    graph = _build(
        tmp_path,
        {
            "a.txt": "成都市武侯区红星街道推行院落议事。",
            "b.txt": "南京市江宁区红星街道开展邻里议事。",
            "c.txt": "成都市武侯区红星街道再获表彰。",
        },
    )
    streets = sorted(_of_class(graph, "Township"), key=lambda e: e.part_of or "")
    assert [(e.label, e.part_of) for e in streets] == [("红星街道", "place/320115"), ("红星街道", "place/510107")]
    assert [e.documents for e in streets] == [{"b.txt"}, {"a.txt", "c.txt"}]


def test_resolve_programs_sharing_a_name_merge(tmp_path: Path) -> None:
    graph = _build(tmp_path, {"a.txt": WUHOU_A, "b.txt": WUHOU_B})
    programs = _of_class(graph, "Program")
    assert len(programs) == 1
    (program,) = programs
    # "院落议事" (b.txt) is the quoted core of "院落议事工作法" (a.txt, and b.txt's 2.0版)
    assert program.label == "院落议事工作法"
    assert "院落议事" in program.alt_labels
    assert program.documents == {"a.txt", "b.txt"}


def test_resolve_versioned_form_is_an_alias_of_the_merged_program(tmp_path: Path) -> None:
    graph = _build(tmp_path, {"a.txt": WUHOU_A, "b.txt": WUHOU_B})
    (program,) = _of_class(graph, "Program")
    assert "院落议事工作法2.0版" in program.alt_labels


def test_resolve_programs_sharing_only_a_number_do_not_merge(tmp_path: Path) -> None:
    graph = _build(
        tmp_path,
        {
            "a.txt": "武侯区推行“135”工作机制，推动院落治理。",
            "b.txt": "万柏林区实施“135”工程，带动居民参与治理。",
        },
    )
    programs = sorted(_of_class(graph, "Program"), key=lambda e: e.label)
    assert [p.label for p in programs] == ["135工作机制", "135工程"]
    assert [p.documents for p in programs] == [{"a.txt"}, {"b.txt"}]
    assert programs[0].id != programs[1].id
    for p in programs:
        assert "135" not in p.alt_labels  # a bare number is no name of its own


@pytest.mark.parametrize(("a", "b"), [
    ("武侯区打造“党建+”邻里中心，服务居民。", "万柏林区打造“党建+”法官工作室，化解纠纷。"),  # a joint left open
    ("武侯区推行“三微”工作法，服务居民。", "万柏林区实施“三微”工程，带动居民参与治理。"),  # each place's count
])
def test_resolve_programs_sharing_only_a_short_part_of_their_names_do_not_merge(
        tmp_path: Path, a: str, b: str) -> None:
    graph = _build(tmp_path, {"a.txt": a, "b.txt": b})
    programs = _of_class(graph, "Program")
    assert len(programs) == 2, [p.label for p in programs]
    assert sorted(len(p.documents) for p in programs) == [1, 1]


def test_resolve_a_short_name_still_joins_within_one_document(tmp_path: Path) -> None:
    graph = _build(tmp_path, {"a.txt": "武侯区推行“三微”工作法。“三微”让居民满意。"})
    assert [p.label for p in _of_class(graph, "Program")] == ["三微工作法"]


def test_resolve_implementations_grouped_per_agent_and_program(tmp_path: Path) -> None:
    graph = _build(tmp_path, {"a.txt": WUHOU_A, "b.txt": WUHOU_B})
    (program,) = _of_class(graph, "Program")
    found = [i for i in graph.implementations if i.program == program.id]
    assert len(found) == 1
    (imp,) = found
    assert imp.agent == "place/510107"
    quotes = [(ev.file_name, ev.quote) for ev in imp.evidence]
    # every sentence of both files that says 武侯区 does something with the program (见成效 says not)
    assert quotes == [
        ("a.txt", "武侯区推广院落议事新做法"),
        ("a.txt", "武侯区推广“院落议事”工作法，居民议事有了固定场所。"),
        ("a.txt", "玉林街道率先试点，武侯区推广“院落议事”工作法的经验。"),
        ("b.txt", "武侯区推广“院落议事”，居民满意度提升。"),
        ("b.txt", "武侯区升级“院落议事工作法”2.0版。"),
    ]
    texts = {"a.txt": WUHOU_A, "b.txt": WUHOU_B}
    for ev in imp.evidence:
        assert texts[ev.file_name][ev.start:ev.end] == ev.quote
    assert graph.implements_pairs() == [("place/510107", program.id)]


def test_resolve_implementations_of_two_agents_stay_apart(tmp_path: Path) -> None:
    graph = _build(
        tmp_path,
        {
            "a.txt": "武侯区推广“院落议事”工作法，居民议事有了固定场所。",
            "b.txt": "锦江区也推广“院落议事”工作法，成效明显。",
        },
    )
    (program,) = _of_class(graph, "Program")
    pairs = [(i.agent, [ev.file_name for ev in i.evidence]) for i in graph.implementations]
    assert pairs == [("place/510104", ["b.txt"]), ("place/510107", ["a.txt"])]
    assert all(i.program == program.id for i in graph.implementations)


def test_resolve_ancestors_of_coded_places_are_added(tmp_path: Path) -> None:
    graph = _build(tmp_path, {"a.txt": WUHOU_A})
    ents = graph.entities
    assert ents["place/510107"].part_of == "place/510100"
    assert ents["place/510100"].part_of == "place/510000"
    assert ents["place/510000"].part_of is None
    # never written in a.txt, but added from the gazetteer with their official names
    assert (ents["place/510100"].cls, ents["place/510100"].label, ents["place/510100"].code) == (
        "City", "成都市", "510100"
    )
    assert (ents["place/510000"].cls, ents["place/510000"].label) == ("Province", "四川省")
    assert ents["place/510000"].documents == set()
    street = _by_label(graph, "玉林街道")
    assert street.part_of == "place/510107"
    assert ("place/510107", "place/510100") in graph.part_of_pairs()


def test_resolve_ancestors_of_a_zone_under_an_unnamed_city(tmp_path: Path) -> None:
    # 成都 is only written glued to 高新区, so the city itself is never a mention
    text = "成都高新区推行网格党建。成都高新区各社区积极响应。"
    graph = _build(tmp_path, {"a.txt": text})
    zone = _by_label(graph, "成都高新区")
    assert zone.cls == "District"
    assert zone.part_of == "place/510100"
    assert graph.entities["place/510100"].part_of == "place/510000"
    assert "place/510000" in graph.entities


def test_resolve_ids_do_not_depend_on_file_names_or_order(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    first = _build(tmp_path / "one", {"a.txt": WUHOU_A, "b.txt": WUHOU_B})
    second = _build(tmp_path / "two", {"z.txt": WUHOU_A, "m.txt": WUHOU_B})  # read in the other order
    assert sorted(first.entities) == sorted(second.entities)
    assert [e.cls for e in first.entities.values()] == [e.cls for e in second.entities.values()]


def test_resolve_city_qualified_district_is_the_agent(tmp_path: Path) -> None:
    graph = _build(tmp_path, {"a.txt": "成都市武侯区推广“院落议事”工作法，居民议事有了固定场所。"})
    assert graph.implements_pairs() == [("place/510107", _of_class(graph, "Program")[0].id)]


def test_resolve_html_markup_is_never_a_label(tmp_path: Path) -> None:
    html = '<html><body><p>杭州市西湖区推广“红色<b class="hl">管家</b>”工作法，物业服务更贴心。</p></body></html>'
    graph = _build(tmp_path, {"a.html": html})
    names = [n for e in graph.entities.values() for n in (e.label, *e.alt_labels)]
    assert names
    assert not [n for n in names if "<" in n or ">" in n]


def test_program_groups_do_not_depend_on_the_order_of_mentions() -> None:
    """Resolution takes mentions as they come: the groups and their names must not follow that order.

    k3 and k2 share one name and k2 and k1 another, so all three are one
    program named by its smallest key, whichever mention is read first; a
    short name ("135") joins only within one document.
    """
    from itertools import permutations

    from kg.model import Mention
    from kg.resolve import _ProgramGroups

    def program(key: str, names: tuple[str, ...], file_name: str = "a.txt") -> Mention:
        return Mention("Program", key, names[0], names[0], file_name, 0, 1, aliases=names[1:])

    mentions = [program("k3", ("邻里议事",)), program("k1", ("红色物业",)), program("k2", ("邻里议事", "红色物业")),
                program("k4", ("135",), "a.txt"), program("k5", ("135",), "b.txt"), program("k6", ("135",), "a.txt")]
    expected = {"k1": "k1", "k2": "k1", "k3": "k1", "k4": "k4", "k5": "k5", "k6": "k4"}
    for order in permutations(mentions):
        groups = _ProgramGroups()
        for m in order:
            groups.add(m)
        assert groups.groups() == expected


def test_resolve_implied_counties_of_a_whole_country_are_all_added() -> None:
    """Towns under 1,500 counties that no document names: every county joins, with its own ancestors.

    Each implied county was once added by a recursive call, one level deeper
    per county: a corpus implying a thousand of them stopped the build with
    a RecursionError.
    """
    from kg.gazetteer import load_gazetteer
    from kg.model import DocFacts, Document, Mention
    from kg.resolve import resolve

    counties = [d for d in load_gazetteer() if d.level == "District"][:1500]
    assert len(counties) == 1500
    docs = [DocFacts(Document(f"{n}.txt", "红星街道", "红星街道", f"{n:064d}"),
                     mentions=[Mention("Township", f"{d.code}/红星街道", "红星街道", "红星街道", f"{n}.txt", 0, 4,
                                       parent_key=d.code)])
            for n, d in enumerate(counties)]
    graph = resolve(docs)
    towns = [e for e in graph.entities.values() if e.cls == "Township"]
    assert sorted(t.part_of for t in towns) == sorted(f"place/{d.code}" for d in counties)
    for d in counties:
        county = graph.entities[f"place/{d.code}"]
        assert (county.label, county.code) == (d.name, d.code)
        assert county.part_of == f"place/{d.parent}" and county.part_of in graph.entities


def test_resolve_a_structure_stated_again_and_again_keeps_each_sentence_once() -> None:
    """One city's standard structure in many articles, one of them stating it twice: one fact, each sentence once."""
    from kg.model import DocFacts, Document, Evidence, Mention, StructureFound
    from kg.resolve import resolve

    owner = Mention("City", "350100", "福州市", "福州市", "0.txt", 0, 3, code="350100")
    docs = []
    for i in reversed(range(50)):
        fn = f"{i:02d}.txt"
        levels = tuple(Mention("OrgTier", k, k, k, fn, 0, 2) for k in ("街道党工委", "社区党委", "网格党支部"))
        said = StructureFound(owner, levels, 3, Evidence(fn, 5, 20, "街道党工委-社区党委-网格党支部三级"))
        docs.append(DocFacts(Document(fn, "", "", f"{i:064d}"), structures=[said, said] if i == 7 else [said]))
    (structure,) = resolve(docs).structures
    assert [ev.file_name for ev in structure.evidence] == [f"{i:02d}.txt" for i in range(50)]
    assert structure.level_count == 3


def _program_docs() -> list:
    """Three documents: program key k2 first, then k1, which a later name joins to k2, then k2 again.

    Each document says the same district implements the program it names;
    the first and last are about one county-level city as their parent.
    """
    from kg.model import DocFacts, Document, Evidence, ImplementationFound, Mention

    docs = []
    spec = [("a.txt", "k2", ("邻里议事会",), None), ("b.txt", "k1", ("红色物业",), "350200"),
            ("c.txt", "k1", ("红色物业", "邻里议事会"), None), ("d.txt", "k2", ("邻里议事会",), "350100")]
    for n, (fn, key, names, parent) in enumerate(spec):
        district = Mention("District", "350103", "台江区", "台江区", fn, 0, 3, code="350103", parent_key="350100")
        program = Mention("Program", key, names[0], names[0], fn, 5, 5 + len(names[0]), aliases=names[1:],
                          parent_key=parent)
        ev = Evidence(fn, 0, 20, f"台江区推行{names[0]}。")
        facts = [ImplementationFound(district, program, ev)]
        if n == 3:  # said twice in one document: one sentence, one piece of evidence
            facts.append(ImplementationFound(district, program, ev))
        docs.append(DocFacts(Document(fn, f"{n:064d}", "", ""), mentions=[district, program], implementations=facts))
    return docs


def test_resolve_program_keys_joined_by_a_later_document_are_one_program() -> None:
    """k2 is read before anything joins it to k1: still one program, one implementation, all four sentences.

    Documents are folded one at a time, and a program's id waits for the
    groups, which only the third document settles.
    """
    from kg.resolve import resolve

    graph = resolve(_program_docs())
    (program,) = _of_class(graph, "Program")
    assert program.documents == {"a.txt", "b.txt", "c.txt", "d.txt"}
    assert program.mentions == 4
    assert program.label == "红色物业"  # two labels twice each: the shorter
    assert program.alt_labels == {"邻里议事会"}
    (impl,) = graph.implementations
    assert (impl.agent, impl.program) == ("place/350103", program.id)
    assert [ev.file_name for ev in impl.evidence] == ["a.txt", "b.txt", "c.txt", "d.txt"]


def test_resolve_a_merged_program_takes_the_first_part_of_said_in_reading_order() -> None:
    """The partOf of a program made of several keys is the one its first mention with a parent gave.

    k2's entity is made first, but its parent comes only in the last
    document; k1's, in the second, comes first and wins, as it does when
    all mentions are read in one pass.
    """
    from kg.model import DocFacts, Document, Mention
    from kg.resolve import resolve

    cities = [DocFacts(Document("z.txt", "f" * 64, "", ""), mentions=[
        Mention("City", code, name, name, "z.txt", 0, 3, code=code) for code, name in
        (("350100", "福州市"), ("350200", "厦门市"))])]
    (program,) = _of_class(resolve(_program_docs() + cities), "Program")
    assert program.part_of == "place/350200"
    (program,) = _of_class(resolve([d for d in _program_docs() if d.doc.file_name != "b.txt"] + cities), "Program")
    assert program.part_of == "place/350100"


def test_resolve_equal_offsets_of_a_merged_program_keep_reading_order() -> None:
    """Evidence sorts by place; two quotes at one place (hand-made) stay in the order read, keys merged or not."""
    from kg.model import DocFacts, Document, Evidence, ImplementationFound, Mention
    from kg.resolve import resolve

    district = Mention("District", "350103", "台江区", "台江区", "a.txt", 0, 3, code="350103")
    k1, k2 = (Mention("Program", k, "红色物业", "红色物业", "a.txt", 5, 9) for k in ("k1", "k2"))
    said = [ImplementationFound(district, p, Evidence("a.txt", 0, 10, q)) for p, q in ((k1, "q1"), (k2, "q2"),
                                                                                       (k1, "q3"))]
    (impl,) = resolve([DocFacts(Document("a.txt", "0" * 64, "", ""), mentions=[district, k1, k2],
                                implementations=said)]).implementations
    assert [ev.quote for ev in impl.evidence] == ["q1", "q2", "q3"]


def test_resolver_keeps_no_document_facts_once_folded() -> None:
    """What the build holds while it reads the corpus is the graph, not every document's facts."""
    import gc
    import weakref

    from kg.model import CountFound, CountMention, Evidence, Mention, StructureFound
    from kg.resolve import Resolver

    resolver = Resolver()
    docs = _program_docs()
    district = docs[0].mentions[0]
    docs[0].counts.append(CountFound(district, CountMention("小区党支部", 304, "个", False, 8, 16),
                                     Evidence("a.txt", 0, 20, "台江区建立小区党支部304个。")))
    tiers = tuple(Mention("OrgTier", k, k, k, "a.txt", 0, 2) for k in ("社区党委", "小区党支部"))
    docs[0].structures.append(StructureFound(district, tiers, None, Evidence("a.txt", 0, 20, "社区党委-小区党支部")))
    del district, tiers
    refs = [weakref.ref(x) for d in docs for x in (d, *d.mentions, *d.implementations, *d.counts, *d.structures,
                                                   *(f.count for f in d.counts), *(m for f in d.structures
                                                                                   for m in f.levels))]
    for d in docs:
        resolver.add(d)
    del docs, d
    gc.collect()
    assert [r for r in refs if r() is not None] == []
    graph = resolver.graph()
    assert (len(graph.implementations), len(graph.statistics), len(graph.structures)) == (1, 1, 1)


def test_resolver_makes_its_graph_once() -> None:
    """Its entities become the graph's, so a second graph, or a document added after, is refused."""
    import pytest

    from kg.resolve import Resolver

    resolver = Resolver()
    docs = _program_docs()
    resolver.add(docs[0])
    assert len(resolver.graph().entities) == 4  # the district, its city and province (ancestors), the program
    with pytest.raises(RuntimeError, match="already"):
        resolver.graph()
    with pytest.raises(RuntimeError, match="already"):
        resolver.add(docs[1])


@pytest.mark.parametrize(("alias", "label", "context_only"), [
    ("市委组织部", "沅江市委组织部", True),
    ("區委組織部", "西山区委组织部", True),  # as written, Traditional
    ("住建局", "天长市住房和城乡建设局", True),
    ("我市市委组织部", "沅江市委组织部", True),
    ("市民之家", "福州市民之家", False),  # 市民 (citizens) is a word, not 福州市 then 民之家
    ("区块链产业园", "杭州区块链产业园", False),
    ("市场监管局", "福州市市场监督管理局", True),  # a department's short name, any place's
    ("市场服务中心", "福州市市场服务中心", False),  # 市场 (a market) is a word, not 市 then 场
    ("沅江市委组织部", "沅江市委组织部", False),
])
def test_resolve_a_name_only_its_article_gives_is_no_alt_label(alias: str, label: str, context_only: bool) -> None:
    from kg.resolve import _in_context_only

    assert _in_context_only(alias, label) is context_only
