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

from kg.graph import KnowledgeGraph
from kg.html import html_text, write_html
from kg.model import ENTITY_CLASSES, Document, Entity, Implementation, TierStructure

HOSTILE = "党建\"引领\"'工程'</script><img src=x onerror=alert(1)>"
HOSTILE_ALIAS = "<svg onload=alert(2)> & https://evil.example/p\u2028next"
HOSTILE_TITLE = '<b>标题</b> & "引号" http://example.com/x'


def _doc(file_name: str, title: str) -> Document:
    return Document(file_name=file_name, sha256="0" * 64, text=title, norm=title, title=title)


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
    """The JSON the page script reads, parsed the way ``JSON.parse`` would."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.DOTALL)
    assert m, "no kg-data block"
    return json.loads(m.group(1))


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


def test_node_and_edge_counts() -> None:
    kg = small_graph()
    data = page_data(html_text(kg))
    assert len(data["nodes"]) == len(kg.entities)
    assert sorted(n["id"] for n in data["nodes"]) == sorted(kg.entities)
    assert sorted((e["from"], e["to"], e["kgRelation"]) for e in data["edges"]) == kg.edges()
    assert {e["kgRelation"] for e in data["edges"]} == {"partOf", "implements", "subTierOf", "hasTier"}


def test_legend_and_header_list_every_class() -> None:
    kg = small_graph()
    text = html_text(kg)
    legend = re.search(r'<ul id="kg-legend-classes">(.*?)</ul>', text, re.DOTALL)
    assert legend
    listed = re.findall(r'data-class="([^"]+)"', legend.group(1))
    assert sorted(listed) == sorted(kg.counts())
    assert listed == [c for c in ENTITY_CLASSES if c in kg.counts()]  # vocabulary order
    header = re.search(r'<div id="kg-counts">(.*?)</div>', text, re.DOTALL)
    assert header
    chips = dict(re.findall(r'data-class="([^"]+)".*?<b>(\d+)</b>', header.group(1)))
    assert {k: int(v) for k, v in chips.items()} == kg.counts()


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


def test_document_entities_are_not_drawn() -> None:
    kg = small_graph()
    kg.entities["doc/a1"] = Entity("doc/a1", "Document", "a1.txt")
    data = page_data(html_text(kg))
    assert "doc/a1" not in {n["id"] for n in data["nodes"]}
