"""The annotated pages' gold (tests/annotated/): well formed, so that a score read from it means something."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ANNOTATED = Path(__file__).resolve().parent / "annotated"
SETS = sorted(p.name for p in ANNOTATED.iterdir() if (p / "gold").is_dir())
TYPES = {"Province", "City", "District", "Township", "Community", "Program", "OrgTier", "Organization", "Person"}


def _gold_files() -> list[Path]:
    return [g for name in SETS for g in sorted((ANNOTATED / name / "gold").glob("*.json"))]


def test_annotated_sets_are_there() -> None:
    assert len(SETS) >= 2 and len(_gold_files()) >= 16


@pytest.mark.parametrize("gold", _gold_files(), ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_annotated_gold_names_its_page_and_declares_what_its_facts_name(gold: Path) -> None:
    """Each gold file is that of a page of its set; its entities have a known type and status; every relation,
    structure and statistic names a declared entity (by name or alias), as the scorer matches them."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert data["document"] == gold.stem + ".txt"
    assert (gold.parent.parent / "docs" / data["document"]).is_file()
    names: set[str] = set()
    for e in data["entities"]:
        assert e["type"] in TYPES and e["status"] in ("core", "optional"), e
        names |= {e["name"], *e.get("aliases", [])}
    for r in data.get("relations", []):
        assert r["p"] in ("implements", "partOf", "subTierOf") and {r["s"], r["o"]} <= names, r
    for s in data.get("structures", []):
        assert {s["owner"], *s["levels"]} <= names, s
    for st in data.get("statistics", []):
        assert st["about"] in names and isinstance(st["value"], (int, float)), st
