"""Each module assigns each of its constants once.

A second assignment of the same name at module level silently replaces the
first for every function of the module, those written for the first too (a
rule's set of characters, written twice in one long module, had the second's
value at both places).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kg

MODULES = sorted(Path(kg.__file__).parent.glob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_a_module_assigns_each_constant_once(path: Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for name in (t.id for t in targets if isinstance(t, ast.Name)):
            if name == name.upper() and name.strip("_"):  # a constant's name (ROLES, _POINTING)
                if name in seen:
                    twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
                seen[name] = node.lineno
    assert twice == []


@pytest.mark.parametrize("path", MODULES, ids=[p.name for p in MODULES])
def test_a_module_defines_each_function_once(path: Path) -> None:
    """A function or class defined again at module level replaces the first for every caller, as a constant
    does (metadata.py held _surnames twice, alike, for a while: harmless only by luck)."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            if node.name in seen:
                twice.append(f"{node.name} (lines {seen[node.name]} and {node.lineno})")
            seen[node.name] = node.lineno
    assert twice == []
