"""The annotated sets' gold (tests/unseen*/gold): well formed, so that a score read from it means something.

The scorer ignores what it cannot match; a gold file naming its page wrongly, or a fact naming an entity the
file never declares, would lower a set's figures without anyone seeing why. (tests/written/b declares no
辽宁省 for one partOf of its 03_faku: those written sets are not checked here.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
TYPES = {"Province", "City", "District", "Township", "Community", "Program", "OrgTier", "Organization", "Person"}


def _gold_files() -> list[Path]:
    return sorted(TESTS.glob("unseen*/gold/*.json"))


def test_unseen_gold_sets_are_there() -> None:
    assert len({g.parent.parent.name for g in _gold_files()}) >= 39


@pytest.mark.parametrize("gold", _gold_files(), ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_unseen_gold_names_its_page_and_declares_what_its_facts_name(gold: Path) -> None:
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
