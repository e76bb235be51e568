"""``nodes.csv`` and ``edges.csv`` in the layout ``neo4j-admin database import`` reads.

The entity network (the nodes and edges of ``KnowledgeGraph.networkx``) as a
property graph::

    neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv

Headers follow the importer's conventions: ``id:ID`` (the entity id, e.g.
``place/350103``), ``:LABEL`` (the vocabulary class; places also get
``Place``), typed properties (``mentions:int``, arrays as ``string[]``), and
``:START_ID``, ``:END_ID``, ``:TYPE`` for relationships, whose types are the
vocabulary's relations in Neo4j's upper-case style (``PART_OF``,
``IMPLEMENTS``, ``SUB_TIER_OF``, ``HAS_TIER``). The importer splits arrays on
``;`` and cannot escape it, so a ``;`` inside a name is written as the
full-width ``；`` (Chinese text uses that form anyway). Any pandas or
spreadsheet user can read the same files.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from kg.atomic import write_atomic
from kg.graph import KnowledgeGraph
from kg.model import PLACE_CLASSES
from kg.vocab import PREFIXES

NODE_HEADER = ("id:ID", ":LABEL", "name", "altLabels:string[]", "adminCode", "documents:string[]",
               "mentions:int", "iri")
EDGE_HEADER = (":START_ID", ":END_ID", ":TYPE")
ARRAY_DELIMITER = ";"


def neo4j_type(relation: str) -> str:
    """``subTierOf`` → ``SUB_TIER_OF``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", relation).upper()


def _array(values: list[str]) -> str:
    return ARRAY_DELIMITER.join(v.replace(ARRAY_DELIMITER, "；") for v in values)


def _one_line(value: str) -> str:
    """The importer reads one record per line unless told otherwise: keep every field on one."""
    return " ".join(value.split()) if any(c in value for c in "\r\n") else value


def _csv(rows: list[tuple[str, ...]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows([tuple(_one_line(c) for c in row) for row in rows])
    return buf.getvalue()


def nodes_csv(kg: KnowledgeGraph) -> str:
    rows: list[tuple[str, ...]] = [NODE_HEADER]
    for eid, e in kg.entities.items():
        labels = f"{e.cls}{ARRAY_DELIMITER}Place" if e.cls in PLACE_CLASSES else e.cls
        rows.append((eid, labels, e.label, _array(sorted(e.alt_labels)), e.code or "",
                     _array(sorted(e.documents)), str(e.mentions), PREFIXES["pbr"] + eid))
    edges = kg.edges()
    for eid in sorted({x for s, o, _ in edges for x in (s, o)} - kg.entities.keys()):
        rows.append((eid, "Entity", "", "", "", "", "0", PREFIXES["pbr"] + eid))  # as in the networkx view
    return _csv(rows)


def edges_csv(kg: KnowledgeGraph) -> str:
    return _csv([EDGE_HEADER, *((s, o, neo4j_type(rel)) for s, o, rel in kg.edges())])


def write_csv(kg: KnowledgeGraph, folder: Path) -> tuple[Path, Path]:
    """Write ``folder/nodes.csv`` and ``folder/edges.csv`` (each atomically)."""
    folder = Path(folder)
    return (write_atomic(folder / "nodes.csv", nodes_csv(kg)),
            write_atomic(folder / "edges.csv", edges_csv(kg)))
