"""Shared pytest setup for the kg test suite.

Kept deliberately small: it registers the custom markers and offers
``require_tool``, the one policy for tests that need an external program.

Locally, a missing tool should not turn the whole suite red, so the test is
skipped with the command that installs it. On CI (``CI=true``, as GitHub
Actions and most CI services set it) a missing tool means the CI image is
wrong, and skipping would hide that the check never ran, so the test fails.

Prefer the ``need_tool`` fixture, which returns ``require_tool``: it works
under every pytest import mode. A plain ``from conftest import require_tool``
also works with the default (prepend) import mode.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import ModuleType

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Register our markers so ``--strict-markers`` accepts them and ``-m`` can select them."""
    config.addinivalue_line(
        "markers", "browser: needs a headless browser (chromium); deselect with -m 'not browser'"
    )
    config.addinivalue_line("markers", "slow: takes more than a few seconds; deselect with -m 'not slow'")
    config.addinivalue_line("markers", "network: needs a package registry (PyPI); skipped when unreachable")


def require_tool(name: str, package: str) -> str:
    """Return the path of executable ``name``, or skip (fail on CI) if it is missing.

    ``package`` is the Debian package that provides the tool; it goes into the
    message so whoever sees the skip or failure knows the one-line fix.
    """
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"`{name}` not found on PATH; install it with `apt-get install {package}`"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true: required tools must be present on CI)")
    pytest.skip(message)


@pytest.fixture
def need_tool() -> Callable[[str, str], str]:
    """``require_tool`` as a fixture: ``need_tool("rapper", "raptor2-utils")``."""
    return require_tool


@contextmanager
def _script(path: Path, name: str) -> Iterator[ModuleType]:
    """A script of the repository loaded as a module, registered while in use (its dataclasses need it)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    sys.path.insert(0, str(path.parent))  # its sibling modules, as running the script finds them
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(name, None)
        sys.path.remove(str(path.parent))


@pytest.fixture(scope="session")
def load_script() -> Callable[[Path, str], AbstractContextManager[ModuleType]]:
    """``with load_script(path, name) as module``: a data script (scripts/make_*.py) as a module."""
    return _script
