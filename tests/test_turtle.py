"""Turtle export: every literal escaped, parsers agree, output is byte-stable, quotes are exact."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

import kg
from kg.documents import decode
from kg.turtle import escape_literal
from kg.vocab import PB

# --- escaping ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("西湖区推广“红色管家”", "西湖区推广“红色管家”"),  # nothing to escape
        ('红色"管家"', '红色\\"管家\\"'),
        ("C:\\kg\\武侯", "C:\\\\kg\\\\武侯"),
        ('\\"', '\\\\\\"'),  # a backslash before a quote: both escaped
        ("第一行\n第二行", "第一行\\n第二行"),
        ("a\r\nb", "a\\r\\nb"),
        ("a\tb\bc\fd", "a\\tb\\bc\\fd"),
        ("\x00", "\\u0000"),
        ("\x1b[0m", "\\u001B[0m"),
        ("\x7f", "\\u007F"),
        ("\ud800", "\\uFFFD"),  # a lone surrogate cannot be written in UTF-8
        ("a\udfffb", "a\\uFFFDb"),
        ("\ufffe\uffff", "\\uFFFE\\uFFFF"),
        ("😀𠮷", "😀𠮷"),  # astral characters are written as they are
    ],
)
def test_turtle_escape_literal(text: str, escaped: str) -> None:
    assert escape_literal(text) == escaped


def _parse_one_literal(body: str) -> tuple[str, str]:
    data = f'<http://example.org/s> <http://example.org/p> "{body}" .\n'
    by_rdflib = next(iter(Graph().parse(data=data, format="turtle").objects()))
    (quad,) = list(pyoxigraph.parse(data.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    return str(by_rdflib), quad.object.value


@pytest.mark.parametrize("bad", [chr(c) for c in range(0x21)] + list('<>"{}|^`\\'))
def test_turtle_iri_ref_refuses_every_character_an_iriref_may_not_hold(bad: str) -> None:
    from kg.turtle import iri_ref

    with pytest.raises(ValueError, match="not a valid IRI"):
        iri_ref(f"https://w3id.org/pbkg/id/program/近邻{bad}党建")


@pytest.mark.parametrize("good", ["https://w3id.org/pbkg/id/program/近邻党建", "https://x.org/a%20b#c~d\x7f",
                                  "https://x.org/😀", "urn:x:\ud800"])
def test_turtle_iri_ref_writes_any_other_iri_as_it_is(good: str) -> None:
    from kg.turtle import iri_ref

    assert iri_ref(good) == f"<{good}>"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=()))
       | st.text(alphabet='近邻党建 \u3000\xa0\\"\n\x7f\ufffe\ud800'))
def test_turtle_escape_literal_skips_the_pattern_only_where_it_would_change_nothing(text: str) -> None:
    from kg.turtle import _NEEDS_ESCAPE, _escape_one

    assert escape_literal(text) == _NEEDS_ESCAPE.sub(_escape_one, text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_turtle_escaped_literal_reads_back_unchanged(text: str) -> None:
    assert _parse_one_literal(escape_literal(text)) == (text, text)


def test_turtle_lone_surrogate_reads_back_as_replacement_character() -> None:
    assert _parse_one_literal(escape_literal("武\ud800侯")) == ("武\ufffd侯", "武\ufffd侯")


# --- a built graph ------------------------------------------------------------------

ARTICLES = {
    "chengdu.txt": "\n".join(
        [
            "成都市武侯区推广“院落议事”工作法",
            "2023-05-12 09:00 来源:成都日报",
            "(成都日报记者张三、通讯员李四整理)",
            "武侯区在玉林街道推广“院落议事”工作法，居民议事有了固定场所。",
            "武侯区建立小区党支部304个，建成17个示范小区。",
            "武侯区坚持系统思维，构建街道党工委-社区党委-小区党支部-楼栋党小组“四级网络”。",
        ]
    ),
    "hangzhou.txt": "\n".join(
        [
            "杭州市西湖區推廣“紅色管家”服務",
            "2022-11-03 来源：杭州日报",
            "西湖區在北山街道推廣“紅色管家”工作法，物業企業黨組織參與議事。",
            "西湖区组织志愿者1.6万人，覆盖居民2万多户。",
            "西湖区健全区、街道、社区三级联动机制。",
        ]
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def ttl(corpus: Path) -> str:
    return kg.build(corpus).turtle()


def test_turtle_graph_has_the_facts_of_both_articles(ttl: str) -> None:
    g = Graph().parse(data=ttl, format="turtle")
    docs = sorted(str(o) for o in g.objects(None, PB.fileName))
    assert docs == ["chengdu.txt", "hangzhou.txt"]
    assert (URIRef("https://w3id.org/pbkg/id/place/510107"), RDF.type, PB.District) in g
    assert (URIRef("https://w3id.org/pbkg/id/place/330106"), RDFS.label, Literal("西湖区", lang="zh")) in g
    assert len(set(g.subjects(RDF.type, PB.Implementation))) >= 2
    assert len(set(g.subjects(RDF.type, PB.Statistic))) >= 3
    assert len(set(g.subjects(RDF.type, PB.TierStructure))) >= 1


def test_turtle_rdflib_and_pyoxigraph_read_the_same_triples(ttl: str) -> None:
    by_rdflib = Graph().parse(data=ttl, format="turtle")
    quads = list(pyoxigraph.parse(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(by_rdflib) > 0
    assert len(quads) == len(set(quads)) == len(by_rdflib)


def test_turtle_round_trips_through_rdflib(ttl: str) -> None:
    first = Graph().parse(data=ttl, format="turtle")
    again = Graph().parse(data=first.serialize(format="turtle"), format="turtle")
    assert isomorphic(first, again)
    # and rdflib's reading of our bytes is the graph pyoxigraph reads
    via_ntriples = Graph().parse(
        data=pyoxigraph.serialize(
            pyoxigraph.parse(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE),
            format=pyoxigraph.RdfFormat.N_TRIPLES,
        ).decode("utf-8"),
        format="nt",
    )
    assert isomorphic(first, via_ntriples)


def test_turtle_same_bytes_across_builds(corpus: Path, ttl: str) -> None:
    assert kg.build(corpus).turtle() == ttl


def test_turtle_same_bytes_across_hash_seeds(corpus: Path, ttl: str) -> None:
    script = "import kg,sys; sys.stdout.write(kg.build(sys.argv[1]).turtle())"
    outputs = []
    for seed in ("0", "1", "31337"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"}
        proc = subprocess.run(
            [sys.executable, "-c", script, str(corpus)], env=env, capture_output=True, check=True, timeout=300
        )
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0] == ttl.encode("utf-8")


def _evidence(g: Graph) -> list[tuple[str, int, int, str]]:
    names = {doc: str(name) for doc, name in g.subject_objects(PB.fileName)}
    out = []
    for ev in g.subjects(RDF.type, PB.Evidence):
        doc = g.value(ev, PB.document)
        out.append((names[doc], int(g.value(ev, PB.charStart)), int(g.value(ev, PB.charEnd)),
                    str(g.value(ev, PB.quote))))
    return sorted(out)


def test_turtle_every_evidence_quote_is_the_source_slice(corpus: Path, ttl: str) -> None:
    evidence = _evidence(Graph().parse(data=ttl, format="turtle"))
    assert {f for f, _, _, _ in evidence} == set(ARTICLES)
    for file_name, start, end, quote in evidence:
        text = decode((corpus / file_name).read_bytes(), file_name)
        assert 0 <= start < end <= len(text)
        assert text[start:end] == quote


def test_turtle_traditional_quote_stays_as_written(ttl: str) -> None:
    quotes = {q for _, _, _, q in _evidence(Graph().parse(data=ttl, format="turtle"))}
    assert "西湖區在北山街道推廣“紅色管家”工作法，物業企業黨組織參與議事。" in quotes


# --- hostile input ------------------------------------------------------------------

HOSTILE_NAME = 'q"uote\\back\nline.html'
HOSTILE = (
    "<html><head><title>西湖区推广红色管家</title>"
    '<script>var s = "西湖区推广“假冒”工作法\\n"; if (a < b && c > "d") {}</script></head>\n'
    "<body><!-- \"注释\" -->\n"
    '<p>杭州市西湖区推广“红色"管家"\\2.0”工作法，物业服务&amp;居民议事更顺畅。</p>\n'
    '<p>西湖区推广“邻里\r守望”工作法，<a href="x?a=1&amp;b=2">居民</a>点赞。</p>\n'
    "</body></html>"
)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / HOSTILE_NAME).write_bytes(HOSTILE.encode("utf-8"))
    return folder, kg.build(folder).turtle()


def test_turtle_hostile_document_is_valid_turtle(hostile: tuple[Path, str]) -> None:
    _, ttl = hostile
    by_rdflib = Graph().parse(data=ttl, format="turtle")
    quads = list(pyoxigraph.parse(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(by_rdflib) == len(quads) > 0
    assert [str(o) for o in by_rdflib.objects(None, PB.fileName)] == [HOSTILE_NAME]


def test_turtle_hostile_program_names_survive(hostile: tuple[Path, str]) -> None:
    _, ttl = hostile
    g = Graph().parse(data=ttl, format="turtle")
    programs = {str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, PB.Program)}
    # the quotation marks inside the name are not part of it; the backslash is
    assert '红色管家\\2.0工作法' in programs
    assert "假冒工作法" not in programs and not any("假冒" in p for p in programs)  # script is not text


def test_turtle_hostile_quotes_are_the_source_slices(hostile: tuple[Path, str]) -> None:
    folder, ttl = hostile
    evidence = _evidence(Graph().parse(data=ttl, format="turtle"))
    assert evidence
    text = (folder / HOSTILE_NAME).read_bytes().decode("utf-8")
    for file_name, start, end, quote in evidence:
        assert file_name == HOSTILE_NAME
        assert text[start:end] == quote
    assert any('"管家"' in q for _, _, _, q in evidence)
    assert any("\r" in q for _, _, _, q in evidence)


# ------------------------------------------------------------------ record templates


def _edge_case_graph() -> kg.KnowledgeGraph:
    """Facts the templates must write exactly as the general path: braces and quotes in literals,
    a decimal, a fact with no evidence, two facts on one IRI, one sentence the evidence of many,
    entities and documents with every optional field, or none, and with facts of others added
    to them (implements, a structure, a sub-tier), even an entity on a document's IRI."""
    from kg.model import Document, Entity, Evidence, Implementation, Statistic, TierStructure
    from kg.resolve import document_id

    doc = Document("a.txt", "0" * 64, "", "", title='标题"{x}"', date="2024-01-02", publishers=["乙报", "甲报"],
                   creators=["王芳", "李四"], copies=["b.txt", "a2.txt"])
    bare = Document("c.txt", "1" * 64, "", "")
    one = Evidence("a.txt", 0, 9, 'say "{0}" {{x}}\n')
    two = Evidence("a.txt", 10, 20, "第二句\\。")
    entities = {
        "place/350100": Entity("place/350100", "City", "福州市", alt_labels={'榕"城"', "福州"}, code="350100",
                               documents={"a.txt", "c.txt", "b.txt"}, mentions=2),
        "place/350102": Entity("place/350102", "District", "鼓楼区", part_of="place/350100", documents={"c.txt"}),
        "program/p1": Entity("program/p1", "Program", "近邻{党建}", alt_labels={"近邻"}, documents={"a.txt"}),
        "tier/t1": Entity("tier/t1", "OrgTier", "小区党支部"),
        "tier/t2": Entity("tier/t2", "OrgTier", "楼栋党小组"),
        document_id(bare): Entity(document_id(bare), "Person", "同一IRI"),  # an entity on a document's IRI
    }
    return kg.KnowledgeGraph(
        documents=[doc, bare],
        entities=entities,
        structures=[TierStructure("place/350102", ["tier/t1", "tier/t2"], 2, [one])],
        implementations=[
            Implementation("place/350100", "program/p1", [two, one, two]),
            Implementation("place/350100", "program/p1", [one]),  # the same IRI again: merged
            Implementation("program/p1", "place/350100", []),  # no evidence: no template
        ],
        statistics=[
            Statistic("place/350100", "小区党支部", 304, "个", False, [one], count_of="tier/t1"),
            Statistic("place/350100", '党员"{}"', 1.6, "万名", True, [two, one]),
        ],
    )


@pytest.mark.parametrize("bracketed", [True, False], ids=["record subjects written directly", "named"])
@pytest.mark.parametrize("which", ["seeds", "edge cases"])
def test_turtle_record_templates_write_what_the_general_path_writes(which: str, bracketed: bool,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Evidence, implementation and statistic blocks come from templates, their subjects written
    without naming; given the same triples as pairs, the general writer must give the same bytes."""
    from kg import turtle
    from kg.turtle import _blocks, _pairs, _text

    monkeypatch.setattr(turtle, "_RECORDS_BRACKETED", bracketed and turtle._RECORDS_BRACKETED)

    graph = kg.build(Path(__file__).resolve().parents[1] / "seeds") if which == "seeds" else _edge_case_graph()
    blocks = _blocks(graph)
    assert sum(type(b) is not list for _, b in blocks) > 3  # the templates are in use
    as_pairs = [(s, _pairs(b)) for s, b in blocks]
    assert all(type(b) is list for _, b in as_pairs)
    assert "".join(_text(blocks)) == "".join(_text(as_pairs))
    if which == "edge cases":
        g = Graph().parse(data="".join(_text(blocks)), format="turtle")
        assert len(list(g.subjects(RDF.type, PB.Implementation))) == 2
        quotes = {str(o) for o in g.objects(None, PB.quote)}
        assert quotes == {'say "{0}" {{x}}\n', "第二句\\。"}


def test_turtle_a_long_run_of_records_is_streamed_in_batches() -> None:
    """Evidence blocks, half a large export, come in one sorted run: they are written in pieces too."""
    from kg.turtle import _BATCH, PBR, EvidenceNode, _text

    doc = PBR + "doc/0"
    blocks = [(PBR + f"evidence/{i:016x}", EvidenceNode(doc, f"第{i}句。", 0, 4)) for i in range(3 * _BATCH)]
    pieces = list(_text(blocks))
    assert len(pieces) >= 4  # the prefixes, then a piece per batch
    assert max(len(p) for p in pieces) < len("".join(pieces)) / 2


def test_turtle_editors_are_contributors_and_writers_creators(tmp_path: Path) -> None:
    """dcterms:creator holds who wrote the piece; dcterms:contributor who edited it; both are pb:Person nodes."""
    (tmp_path / "a.txt").write_text("台江区推行近邻党建\n\n(福州日报记者林晗、通讯员潘黄潇整理)\n\n"
                                    "台江区推行“近邻党建”工作法。\n\n【责任编辑:马春林】\n", encoding="utf-8")
    store = pyoxigraph.Store()
    store.load(kg.build(tmp_path).turtle().encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)

    def names(prop: str) -> set[str]:
        q = ("PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX pb: <https://w3id.org/pbkg/ontology#> "
             "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             f"SELECT ?n WHERE {{ ?d dcterms:{prop} ?p . ?p a pb:Person ; rdfs:label ?n }}")
        return {row["n"].value for row in store.query(q)}

    assert names("creator") == {"林晗", "潘黄潇"}
    assert names("contributor") == {"马春林"}
