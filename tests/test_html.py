"""The HTML view without a browser: offline, escaped, deterministic, complete.

The browser checks live in ``test_html_browser.py``; these run everywhere and
catch the regressions that matter most (a CDN URL creeping back in, a label
breaking out of its ``<script>``, output depending on set order) in a second.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg import build as kg_build
from kg.documents import load_document
from kg.graph import KnowledgeGraph
from kg.html import default_visible_ids, html_text, write_html
from kg.model import ENTITY_CLASSES, Document, Entity, Implementation, TierStructure
from kg.normalize import fold_width, to_simplified

HOSTILE = "党建\"引领\"'工程'</script><img src=x onerror=alert(1)>"
HOSTILE_ALIAS = "<svg onload=alert(2)> & https://evil.example/p\u2028next"
HOSTILE_TITLE = '<b>标题</b> & "引号" http://example.com/x'


def _doc(file_name: str, title: str) -> Document:
    sha = hashlib.sha256(file_name.encode()).hexdigest()
    return Document(file_name=file_name, sha256=sha, text=title, norm=title, title=title)


def small_graph() -> KnowledgeGraph:
    """A graph touching every class and relation, with hostile strings in data."""
    docs = ["a1.txt", "a2.txt"]
    ents = [
        Entity("place/35", "Province", "福建省", code="350000", documents={"a1.txt"}, mentions=3),
        Entity("place/3501", "City", "福州市", {"榕城"}, "350100", "place/35", set(docs), 12),
        Entity("place/350102", "District", "鼓楼区", set(), "350102", "place/3501", set(docs), 30),
        Entity("place/350102001", "Township", "东街街道", part_of="place/350102", documents={"a1.txt"}),
        Entity("place/350102001001", "Community", "三坊七巷社区", part_of="place/350102001", mentions=2),
        Entity("program/red-engine", "Program", "红色引擎", {"红色引擎工程"}, documents={"a1.txt"}),
        Entity("program/hostile", "Program", HOSTILE, {HOSTILE_ALIAS}, documents={"a2.txt"}, mentions=5),
        Entity("tier/dangwei", "OrgTier", "党委", mentions=4),
        Entity("tier/dangzongzhi", "OrgTier", "党总支", mentions=2),
        Entity("tier/dangzhibu", "OrgTier", "党支部", {"支部"}, mentions=9),
        Entity("org/gulou-zzb", "Organization", "鼓楼区委组织部", part_of="place/350102", mentions=1),
        Entity("person/zhang", "Person", "张三", documents={"a2.txt"}, mentions=1),
    ]
    return KnowledgeGraph(
        documents=[_doc("a1.txt", "鼓楼区党建工作纪实"), _doc("a2.txt", HOSTILE_TITLE)],
        entities={e.id: e for e in sorted(ents, key=lambda e: e.id)},
        implementations=[
            Implementation("place/350102", "program/red-engine"),
            Implementation("place/350102001001", "program/hostile"),
        ],
        structures=[
            TierStructure("org/gulou-zzb", ["tier/dangwei", "tier/dangzongzhi", "tier/dangzhibu"], 3)
        ],
    )


def page_data(text: str) -> dict:
    """The JSON the page script reads, parsed the way ``JSON.parse`` would, each edge's ends and
    relation named as the script names them (the browser tests check the script does)."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.DOTALL)
    assert m, "no kg-data block"
    data = json.loads(m.group(1))
    for e in data["edges"]:
        e["from"], e["to"] = data["nodes"][e["f"]]["id"], data["nodes"][e["t"]]["id"]
        e["kgRelation"] = data["relations"][e["r"]]["name"]
    return data


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))


def _start_tags(text: str) -> list[tuple[str, tuple[tuple[str, str | None], ...]]]:
    parser = _TagCollector()
    parser.feed(text)
    parser.close()
    return parser.tags


def test_no_url_anywhere() -> None:
    text = html_text(small_graph())
    assert not re.search(r"(?i)https?://", text)
    assert "sourceMappingURL" not in text


def test_hostile_strings_only_escaped() -> None:
    text = html_text(small_graph())
    for raw in (HOSTILE, HOSTILE_ALIAS, HOSTILE_TITLE, "<img src=x", "<svg onload", "<b>标题"):
        assert raw not in text
    # Parsed as a browser would, the page holds exactly its own elements:
    # three scripts, and no img/svg that a label smuggled in.
    tags = _start_tags(text)
    assert [t for t in tags if t[0] == "script"] == [
        ("script", (("type", "application/json"), ("id", "kg-data"))),
        ("script", ()),
        ("script", ()),
    ]
    assert not {"img", "svg", "iframe", "object", "embed"} & {name for name, _ in tags}
    assert "\u2028" not in text and "\u2029" not in text


def test_embedded_json_round_trips() -> None:
    kg = small_graph()
    data = page_data(html_text(kg))
    by_id = {n["id"]: n for n in data["nodes"]}
    hostile = by_id["program/hostile"]
    assert hostile["label"] == HOSTILE
    assert hostile["kgAliases"] == [HOSTILE_ALIAS]
    assert [data["documents"][i] for i in hostile["kgDocs"]] == [["a2.txt", HOSTILE_TITLE]]
    assert by_id["place/3501"]["kgCode"] == "350100"


def _doc_ids(kg: KnowledgeGraph) -> dict[str, str]:
    return {d.file_name: f"doc/{d.sha256[:16]}" for d in kg.documents}


def test_node_and_edge_counts() -> None:
    """Every entity and every article is a node; every fact and every mention an edge."""
    kg = small_graph()
    data = page_data(html_text(kg))
    doc_ids = _doc_ids(kg)
    assert sorted(n["id"] for n in data["nodes"]) == sorted([*kg.entities, *doc_ids.values()])
    mentions = sorted((doc_ids[f], e.id, "mentions") for e in kg.entities.values() for f in e.documents)
    edges = sorted((e["from"], e["to"], e["kgRelation"]) for e in data["edges"])
    assert edges == sorted(kg.edges() + mentions)
    assert {e["kgRelation"] for e in data["edges"]} == {"partOf", "implements", "subTierOf", "hasTier", "mentions"}


def test_legend_and_header_list_every_class() -> None:
    kg = small_graph()
    text = html_text(kg)
    legend = re.search(r'<ul id="kg-legend-classes">(.*?)</ul>', text, re.DOTALL)
    assert legend
    listed = re.findall(r'<li data-class="([^"]+)"', legend.group(1))
    expected = {**kg.counts(), "Document": len(kg.documents)}
    assert sorted(listed) == sorted(expected)
    assert listed == [c for c in ENTITY_CLASSES if c in kg.counts()] + ["Document"]  # vocabulary order
    header = re.search(r'<div id="kg-counts">(.*?)</div>', text, re.DOTALL)
    assert header
    chips = dict(re.findall(r'data-class="([^"]+)".*?<b>(\d+)</b>', header.group(1)))
    assert {k: int(v) for k, v in chips.items()} == expected
    # the legend is the filter: one checkbox per class, documents off when the page opens
    boxes = dict(re.findall(r'<input type="checkbox" class="kg-filter" value="([^"]+)"( checked)?>', legend.group(1)))
    assert {k: bool(v) for k, v in boxes.items()} == {c: c != "Document" for c in expected}


def test_same_input_same_bytes(tmp_path: Path) -> None:
    a = write_html(small_graph(), tmp_path / "a.html")
    b = write_html(small_graph(), tmp_path / "b.html")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_text(encoding="utf-8") == html_text(small_graph())


def test_bytes_independent_of_hash_seed() -> None:
    """Sets (alt_labels, documents) iterate in hash order; output must not."""
    code = (
        "import hashlib, importlib.util, sys;"
        f"spec = importlib.util.spec_from_file_location('t', {str(Path(__file__))!r});"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m);"
        "from kg.html import html_text;"
        "print(hashlib.sha256(html_text(m.small_graph()).encode()).hexdigest())"
    )
    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        digests.add(out.stdout.strip())
    assert len(digests) == 1


def test_writing_the_page_imports_no_pyvis(tmp_path: Path) -> None:
    """pyvis (with networkx and IPython) took 0.4 s to import, for a data holder the written page does not
    need: a build's view must not pay for it. Only its vis-network files are read."""
    code = (
        "import importlib.util, sys;"
        f"spec = importlib.util.spec_from_file_location('t', {str(Path(__file__))!r});"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m);"
        f"m.write_html(m.small_graph(), {str(tmp_path / 'g.html')!r});"
        "print(sorted({k.split('.')[0] for k in sys.modules} & {'pyvis', 'networkx', 'IPython'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert "vis-network" in (tmp_path / "g.html").read_text(encoding="utf-8")


def test_build_network_holds_what_the_page_shows() -> None:
    """The notebook's pyvis Network and the written page are made from the same data."""
    from kg.html import build_network, page_data

    graph = small_graph()
    net, data = build_network(graph), page_data(graph)
    assert net.nodes == data["nodes"] and net.edges == data["edges"]
    assert json.loads(net.get_network_data()[-1]) == data["options"]
    assert net.kg_view == {k: v for k, v in data.items() if k not in ("nodes", "edges", "options")}
    assert net.node_ids == [n["id"] for n in data["nodes"]]
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html_text(graph), re.DOTALL)
    page = json.loads(block.group(1))  # the page's data block holds the same nodes
    assert [n["id"] for n in page["nodes"]] == net.node_ids


def test_csp_allows_exactly_the_page_scripts() -> None:
    """If a hash drifted, the browser would silently refuse to run the page."""
    text = html_text(small_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text)
    assert csp
    policy = csp.group(1).replace("&#x27;", "'").replace("&#47;", "/")
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    scripts = re.findall(r"<script>(.*?)</script>", text, re.DOTALL)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_write_is_atomic_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.html"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    assert write_html(small_graph(), target) == target
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.html"]


def test_empty_graph_renders() -> None:
    text = html_text(KnowledgeGraph())
    assert page_data(text)["nodes"] == []
    assert not re.search(r"(?i)https?://", text)


def test_document_entities_are_not_drawn_twice() -> None:
    """Articles are drawn from ``kg.documents``; a Document entity would be a duplicate."""
    kg = small_graph()
    kg.entities["doc/a1"] = Entity("doc/a1", "Document", "a1.txt")
    data = page_data(html_text(kg))
    docs = [n for n in data["nodes"] if n["kgClass"] == "Document"]
    assert "doc/a1" not in {n["id"] for n in data["nodes"]}
    assert sorted(n["id"] for n in docs) == sorted(_doc_ids(kg).values())


# --------------------------------------------------------------- analyst features


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def synthetic_graph(n_nodes: int) -> KnowledgeGraph:
    """A deterministic graph of exactly ``n_nodes`` entities shaped like a real one.

    A place tree (province → cities → districts → townships → communities),
    programs implemented by districts, organisations inside districts, one
    tier chain declared by twenty districts, and unlinked people: hubs,
    chains and isolated nodes, which is what makes layouts slow or ugly.
    """
    ents: dict[str, Entity] = {}

    def add(e: Entity) -> None:
        ents[e.id] = e

    add(Entity("place/p0", "Province", "省0", mentions=50))
    cities = [f"place/c{k}" for k in range(10)]
    for k, c in enumerate(cities):
        add(Entity(c, "City", f"市{k}", part_of="place/p0", mentions=20))
    districts = [f"place/d{k:03d}" for k in range(100)]
    for k, d in enumerate(districts):
        add(Entity(d, "District", f"区{k}", part_of=cities[k % 10], mentions=k % 7 + 1))
    towns = [f"place/t{k:04d}" for k in range(800)]
    for k, t in enumerate(towns):
        add(Entity(t, "Township", f"街道{k}", part_of=districts[k % 100], mentions=k % 5))
    tiers = [f"tier/{k}" for k in range(6)]
    for k, t in enumerate(tiers):
        add(Entity(t, "OrgTier", f"层级{k}"))
    impls = []
    k = 0
    while len(ents) < n_nodes:
        kind = k % 4
        if kind == 0:
            add(Entity(f"place/m{k:05d}", "Community", f"社区{k}", part_of=towns[k % 800], mentions=1))
        elif kind == 1:
            add(Entity(f"program/{k:05d}", "Program", f"工作法{k}", mentions=k % 3))
            impls.append(Implementation(districts[k % 100], f"program/{k:05d}"))
        elif kind == 2:
            add(Entity(f"org/{k:05d}", "Organization", f"组织{k}", part_of=districts[(k * 7) % 100]))
        else:
            add(Entity(f"person/{k:05d}", "Person", f"人物{k}"))
        k += 1
    structures = [TierStructure(d, tiers, len(tiers)) for d in districts[:20]]
    return KnowledgeGraph(entities=dict(sorted(ents.items())), implementations=impls, structures=structures)


@pytest.fixture(scope="module")
def seeds_graph() -> KnowledgeGraph:
    return kg_build(SEEDS)


@pytest.fixture(scope="module")
def seeds_data(seeds_graph: KnowledgeGraph) -> dict:
    return page_data(html_text(seeds_graph))


def _fold(text: str) -> str:
    return fold_width(to_simplified(text))


def test_search_map_folds_traditional_names_to_their_simplified_labels(seeds_data: dict) -> None:
    """The page's search folds with ``t2s``: every Traditional alias must fold onto a Simplified name."""
    t2s = seeds_data["t2s"]

    def fold(s: str) -> str:
        return "".join(t2s.get(c, c) for c in s)

    assert t2s, "the seeds contain Traditional aliases, so the map cannot be empty"
    assert all(len(k) == 1 and len(v) == 1 and k != v for k, v in t2s.items())
    assert list(t2s) == sorted(t2s)
    for node in seeds_data["nodes"]:
        for name in (node["label"], *node["kgAliases"]):
            if name.isascii():
                continue
            # char by char the map agrees with OpenCC wherever OpenCC converts a character alone
            assert fold(name) == "".join(to_simplified(c) for c in name), name
    # a Traditional query for a Simplified-only label folds onto it, though no alias is written so
    zheng = next(n for n in seeds_data["nodes"] if n["label"] == "郑州市")
    assert fold("鄭州市") == zheng["label"]


def _seed_documents() -> list[Document]:
    return [load_document(path) for path in sorted(SEEDS.glob("*.txt"))]


def test_evidence_highlights_name_the_node(seeds_data: dict, seeds_graph: KnowledgeGraph) -> None:
    """Every highlighted span is one of the node's names as the sentence writes it."""
    texts = {d.file_name: d.text for d in _seed_documents()}  # read here, not taken from the graph
    files = [d[0] for d in seeds_data["documents"]]
    checked = 0
    for node in seeds_data["nodes"]:
        names = {_fold(n) for n in (node["label"], *node["kgAliases"])}
        for row, spans in node["kgEvidence"]:
            doc_index, shown = seeds_data["sentences"][row]
            assert shown in texts[files[doc_index]], "evidence must be a sentence of its document"
            for a, b in spans:
                assert _fold(shown[a:b]) in names, (node["label"], shown[a:b])
                checked += 1
        assert node["kgEvidenceTotal"] >= len(node["kgEvidence"])
    assert checked > 100


def test_taijiang_evidence_comes_from_the_seeds(seeds_data: dict, seeds_graph: KnowledgeGraph) -> None:
    node = next(n for n in seeds_data["nodes"] if n["label"] == "台江区")
    expected = {
        d.text[s.start:s.end]
        for d in _seed_documents()
        for s in d.sentences
        if "台江" in d.norm[s.start:s.end]
    }
    shown = {seeds_data["sentences"][row][1] for row, _spans in node["kgEvidence"]}
    assert shown & expected, "no evidence sentence that names 台江"
    assert all(spans for row, spans in node["kgEvidence"] if seeds_data["sentences"][row][1] in expected)


def test_evidence_from_html_source_has_no_markup(tmp_path: Path) -> None:
    """An HTML article's sentence is shown without its tags, and highlights still line up."""
    (tmp_path / "a.html").write_text(
        "<html><head><title>台江区党建</title></head><body>"
        "<p>福州市<b>台江区</b>推行&ldquo;近邻党建&rdquo;工作法，建立小区党支部304个。</p></body></html>",
        encoding="utf-8",
    )
    data = page_data(html_text(kg_build(tmp_path)))
    node = next(n for n in data["nodes"] if n["label"] == "台江区")
    assert node["kgEvidence"]
    for row, spans in node["kgEvidence"]:
        shown = data["sentences"][row][1]
        assert "<" not in shown and "&ldquo;" not in shown
        assert [shown[a:b] for a, b in spans] and all(shown[a:b] in ("台江区", "台江") for a, b in spans)


def test_evidence_from_a_glossed_text_is_the_source_and_shows_without_glosses(tmp_path: Path) -> None:
    """A page converted to Traditional with pinyin after polyphonic characters (小區(qū)): the names are
    read through the glosses, evidence quotes and offsets are the file's, and the view drops the glosses
    while its highlights still cover the name."""
    text = ("黨建引領（lǐng）小區（qū）治理見實效\n\n浙江省台州市路橋區(qū)路南街道長春社區(qū)推行“紅色物業(yè)”,"
            "建立小區(qū)黨支部12個。\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    graph = kg_build(tmp_path)
    labels = {e.label for e in graph.entities.values()}
    assert {"路桥区", "路南街道", "长春社区", "红色物业"} <= labels
    assert not any("(" in label for label in labels)
    assert [d.title for d in graph.documents] == ["黨建引領小區治理見實效"]  # full-width brackets too
    assert all(d.source_at is None for d in graph.documents)  # the map went with the text, once used
    stat = next(s for s in graph.statistics if s.value == 12)
    ev = stat.evidence[0]
    assert ev.quote == text[ev.start:ev.end] and "區(qū)" in ev.quote
    data = page_data(html_text(graph))
    node = next(n for n in data["nodes"] if n["label"] == "长春社区")
    assert node["kgEvidence"]
    for row, spans in node["kgEvidence"]:
        shown = data["sentences"][row][1]
        assert "(qū)" not in shown and "長春社區" in shown
        assert [shown[a:b] for a, b in spans] == ["長春社區"]


def test_default_view_is_capped_at_the_best_connected(tmp_path: Path) -> None:
    kg = synthetic_graph(400)
    limit = 150
    data = page_data(html_text(kg, max_visible=limit))
    degree: dict[str, int] = {}
    for n in data["nodes"]:
        degree[n["id"]] = 0
    for e in data["edges"]:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    entities = [e for e in kg.entities.values()]
    best = sorted(entities, key=lambda e: (-degree[e.id], -e.mentions, e.id))[:limit]
    assert default_visible_ids(kg, max_visible=limit) == [e.id for e in best]
    assert data["maxVisible"] == limit and data["defaultVisible"] == limit
    # under the limit nothing is cut: every node of a default-on class shows
    assert len(default_visible_ids(kg)) == len(kg.entities)


@pytest.mark.parametrize("budget", [0, 1, 40, 157, 10**6])
def test_default_view_stops_before_the_relations_pass_their_budget(budget: int) -> None:
    """The longest prefix of the node ranking whose relations among themselves fit the budget."""
    kg = synthetic_graph(400)
    data = page_data(html_text(kg, max_visible=300, max_visible_edges=budget))
    ranked = [n["id"] for n in sorted((n for n in data["nodes"] if n["kgClass"] != "Document"),
                                      key=lambda n: n["kgRank"])]

    def among(ids: set[str]) -> int:
        return sum(1 for e in data["edges"] if e["from"] in ids and e["to"] in ids)

    k = 0
    while k < min(300, len(ranked)) and among(set(ranked[:k + 1])) <= budget:
        k += 1
    shown = default_visible_ids(kg, max_visible=300, max_visible_edges=budget)
    assert shown == ranked[:k]
    assert data["defaultVisible"] == k and data["maxVisibleEdges"] == budget
    if 0 < budget < 10**6:
        assert 0 < k < 300, "the budget chosen does not cut this graph: the test shows nothing"


def test_layers_put_parents_above_children() -> None:
    kg = small_graph()
    data = page_data(html_text(kg))
    layer = {n["id"]: n["kgLayer"] for n in data["nodes"]}
    for s, o, rel in kg.edges():
        parent, child = (s, o) if rel in ("hasTier", "implements") else (o, s)
        assert layer[parent] < layer[child], (parent, rel, child)
    # every node has a distinct place in its layer
    seen = {(n["kgLayer"], n["kgOrder"]) for n in data["nodes"]}
    assert len(seen) == len(data["nodes"])


def test_documents_with_one_hash_get_distinct_nodes() -> None:
    """The pipeline drops byte-identical files, but a hand-made graph may not: vis refuses duplicate ids."""
    kg = small_graph()
    kg.documents = [Document(d.file_name, "0" * 64, d.text, d.norm, title=d.title) for d in kg.documents]
    ids = [n["id"] for n in page_data(html_text(kg))["nodes"]]
    assert len(ids) == len(set(ids)) == len(kg.entities) + len(kg.documents)


def test_layers_survive_a_cycle() -> None:
    """Two articles may order the same two tiers both ways; the layout must not loop."""
    kg = small_graph()
    kg.structures.append(TierStructure("place/350102", ["tier/dangzhibu", "tier/dangwei"], 2))
    data = page_data(html_text(kg))
    layer = {n["id"]: n["kgLayer"] for n in data["nodes"]}
    assert layer["tier/dangzhibu"] == layer["tier/dangwei"]


def test_sizes_grow_with_degree_and_mentions() -> None:
    data = page_data(html_text(small_graph()))
    nodes = data["nodes"]
    for i, key in ((0, "kgDegree"), (1, "kgMentions")):
        for a in nodes:
            for b in nodes:
                if a[key] < b[key]:
                    assert a["kgSizes"][i] <= b["kgSizes"][i]
    assert len({n["kgSizes"][0] for n in nodes}) > 2 and len({n["kgSizes"][1] for n in nodes}) > 2


def test_page_script_never_parses_data_as_markup() -> None:
    """The text-only rule, checked on the script itself: no HTML-parsing sink at all."""
    text = html_text(small_graph())
    app = re.findall(r"<script>(.*?)</script>", text, re.DOTALL)[-1]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                 'setTimeout("', "DOMParser", "createContextualFragment"):
        assert sink not in app, sink
    assert "textContent" in app and "createTextNode" in app


def test_font_stack_covers_each_platform_and_fetches_nothing() -> None:
    text = html_text(small_graph())
    for font in ("Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC"):
        assert font in text
    assert "@font-face" not in text
    assert not re.search(r"url\(\s*(?!['\"]?data:)", text)


def _evidence_of(data: dict, label: str) -> set[str]:
    node = next(n for n in data["nodes"] if n["label"] == label)
    return {data["sentences"][r][1] for r, _ in node["kgEvidence"]}


BOTH = {"福州市台江区推行“近邻党建”工作法，建立小区党支部304个。", "台江区的居民点赞。"}


def test_evidence_comes_from_the_text_the_graph_was_built_from(tmp_path: Path) -> None:
    """The build sets each article's text aside: editing the file afterwards changes nothing in the view."""
    article = tmp_path / "a.txt"
    article.write_text("福州市台江区推行“近邻党建”工作法，建立小区党支部304个。\n台江区的居民点赞。\n",
                       encoding="utf-8")
    graph = kg_build(tmp_path)
    assert graph.texts is not None and "a.txt" in graph.texts
    assert all(d.text == "" for d in graph.documents)  # the graph itself holds no corpus text
    fresh = page_data(html_text(graph))
    article.write_text("另一篇文章。\n", encoding="utf-8")
    assert _evidence_of(fresh, "台江区") == BOTH
    assert page_data(html_text(graph)) == fresh


def test_evidence_without_the_set_aside_texts_reads_unchanged_sources_only(tmp_path: Path) -> None:
    """A graph without its texts reads each file again; one edited since shows its facts' quotes, nothing else."""
    article = tmp_path / "a.txt"
    article.write_text("福州市台江区推行“近邻党建”工作法，建立小区党支部304个。\n台江区的居民点赞。\n",
                       encoding="utf-8")
    graph = kg_build(tmp_path)
    graph.texts = None
    assert _evidence_of(page_data(html_text(graph)), "台江区") == BOTH
    article.write_text("另一篇文章。\n", encoding="utf-8")
    assert _evidence_of(page_data(html_text(graph)), "台江区") == {
        "福州市台江区推行“近邻党建”工作法，建立小区党支部304个。"}  # the fact's own quote, kept in the graph


def test_a_graph_pickles_with_its_texts(tmp_path: Path) -> None:
    import pickle

    (tmp_path / "a.txt").write_text("福州市台江区推行“近邻党建”工作法。\n台江区的居民点赞。\n", encoding="utf-8")
    graph = kg_build(tmp_path)
    copy = pickle.loads(pickle.dumps(graph))
    assert copy.texts is not graph.texts and len(copy.texts) == 1
    assert html_text(copy) == html_text(graph)


def _layers_by_networkx(ids: list[str], edges: list[tuple[str, str, str]]) -> tuple[dict, dict]:
    """The layering as networkx computes it (condensation, topological sort): the oracle for ``_layers``."""
    import networkx as nx

    from kg.html import _DOWNWARD

    g = nx.DiGraph()
    g.add_nodes_from(ids)
    for s, o, r in edges:
        if r in _DOWNWARD and s != o:
            g.add_edge(*((s, o) if _DOWNWARD[r] else (o, s)))
    linked = [n for n in ids if g.degree(n)]
    cond = nx.condensation(g.subgraph(linked).copy())
    comp_layer: dict[int, int] = {}
    for c in nx.topological_sort(cond):
        preds = [comp_layer[p] for p in cond.predecessors(c)]
        comp_layer[c] = max(preds) + 1 if preds else 0
    layer = {n: comp_layer[cond.graph["mapping"][n]] for n in linked}
    bottom = max(layer.values(), default=-1) + 1
    for n in ids:
        layer.setdefault(n, bottom)
    order: dict[str, int] = {}
    for k in sorted(set(layer.values())):
        def key(n: str) -> tuple[float, str]:
            ranks = [order[p] for p in g.predecessors(n) if p in order]
            return (sum(ranks) / len(ranks) if ranks else -1.0, n)

        for i, n in enumerate(sorted((n for n in ids if layer[n] == k), key=key)):
            order[n] = i
    return layer, order


@pytest.mark.parametrize("seed", range(40))
def test_layers_match_networkx_on_random_graphs_with_cycles(seed: int) -> None:
    import random

    from kg.html import _layers

    rng = random.Random(seed)
    ids = [f"n{i:03d}" for i in range(rng.randint(1, 60))]
    relations = ["partOf", "subTierOf", "hasTier", "implements", "mentions"]
    edges = [(rng.choice(ids), rng.choice(ids), rng.choice(relations)) for _ in range(rng.randint(0, 120))]
    assert _layers(ids, edges) == _layers_by_networkx(ids, edges)


def test_layers_put_a_long_chain_in_order_and_a_cycle_on_one_layer() -> None:
    from kg.html import _layers

    chain = [(f"c{i + 1:04d}", f"c{i:04d}", "partOf") for i in range(3000)]  # deeper than Python's recursion limit
    cycle = [("x", "y", "subTierOf"), ("y", "x", "subTierOf"), ("z", "x", "partOf")]
    ids = [*sorted({n for e in chain + cycle for n in e[:2]}), "alone"]
    layer, _order = _layers(ids, chain + cycle)
    assert [layer[f"c{i:04d}"] for i in range(3001)] == list(range(3001))
    assert layer["x"] == layer["y"] == 0 and layer["z"] == 1 and layer["alone"] == 3001


def test_page_data_streamed_in_slices_is_the_json_of_the_whole() -> None:
    """The page's data is encoded a slice at a time; joined, it is ``json.dumps`` of the whole, escaped.

    Long lists cut across slices, keys out of order at every depth, and
    text that would end the script or open a comment, in the first and last
    item of a slice.
    """
    import json

    from kg.html import _JSON_SLICE, _script_json

    hostile = "</script><!-- & \u2028 \u2029 https://x.example/>"
    data = {
        "zeta": [{"b": i, "a": f"{hostile}{i}"} for i in range(2 * _JSON_SLICE + 3)],
        "alpha": [[i, hostile] for i in range(_JSON_SLICE)],  # exactly one slice
        "mid": {"y": [hostile], "x": 1.5},
        "empty": [],
    }
    pieces = list(_script_json(data))
    assert len(pieces) > 4  # streamed, not one piece
    text = "".join(pieces)
    assert "<" not in text and ">" not in text and "&" not in text and "/" not in text.replace("\\/", "")
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == data
    whole = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert text == whole.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("/", "\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def test_documents_sharing_a_hash_get_distinct_numbered_ids() -> None:
    """A hand-made graph may give many documents one hash (or a hash that reads like a numbered id):
    every document node still gets its own id, numbered in order, the first one plain."""
    from kg.html import _document_ids
    from kg.model import Document

    hashes = ["", "-3", "", "abc", "", "", "-2", "abc"] + [""] * 200
    docs = [Document(f"{n}.txt", h, "", "") for n, h in enumerate(hashes)]
    ids = _document_ids(docs)
    assert len(set(ids.values())) == len(docs)
    assert [ids[f"{n}.txt"] for n in range(8)] == ["doc/", "doc/-3", "doc/-2", "doc/abc", "doc/-4", "doc/-5",
                                                  "doc/-2-2", "doc/abc-2"]
    assert ids["207.txt"] == "doc/-205"



def test_view_of_an_article_naming_hundreds_of_places_is_the_same_either_way(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """An article naming hundreds of entities has their sentences found in one pass over it; the view
    must be the one a search per name gives."""
    from kg import nameindex
    from kg.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    counties = [d for d in (gaz.get(c) for c in sorted(gaz._by_code)) if d and d.level == "District"][::9]
    body = "".join(f"{d.name}推行“近邻党建”，{(d.short or [d.name])[0]}建立小区党支部3个。" for d in counties)
    body += "".join(f"{d.name}的干部群众参加了活动。" for d in counties)  # named, in no fact: found by name only
    (tmp_path / "a.txt").write_text(f"标题\n{body}\n", encoding="utf-8")
    graph = kg_build(tmp_path)
    assert sum(1 for e in graph.entities.values() if e.cls == "District") >= nameindex.NAMES_BY_FIND
    one_pass = html_text(graph)
    monkeypatch.setattr(nameindex, "NAMES_BY_FIND", 10**9)
    assert html_text(graph) == one_pass


def test_evidence_of_a_file_the_graph_holds_no_document_for_comes_last() -> None:
    """A hand-made graph may cite a file it has no Document for: its sentences follow those of the
    documents it has, whatever the file names' order (the panel's order, read from the evidence)."""
    from kg.html import build_network
    from kg.model import Document, Entity, Evidence, Implementation

    held, cited = Evidence("b.txt", 0, 4, "乙句。"), Evidence("a.txt", 0, 4, "甲句。")
    graph = KnowledgeGraph(
        documents=[Document("b.txt", "0" * 64, "", "")],
        entities={"place/350100": Entity("place/350100", "City", "福州市", documents={"b.txt"}),
                  "program/p": Entity("program/p", "Program", "近邻党建", documents={"b.txt"})},
        implementations=[Implementation("place/350100", "program/p", [cited, held])],
    )
    net = build_network(graph)
    (node,) = [n for n in net.nodes if n["id"] == "program/p"]
    shown = [net.kg_view["sentences"][row][1] for row, _spans in node["kgEvidence"]]
    assert shown == ["乙句。", "甲句。"]
