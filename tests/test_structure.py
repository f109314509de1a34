"""The shape of the package stays readable: small modules, short functions, a thin plugin.

These are the limits ARCHITECTURE.md promises; the import layers are checked separately by
`lint-imports` (the contracts in pyproject.toml).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "scripts" / "guide"
MODULES = sorted(PACKAGE.rglob("*.py"))
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60
MAX_PLUGIN_LINES = 150


def name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("path", MODULES, ids=name)
def test_module_is_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{name(path)} has {lines} lines; split it by concern"


@pytest.mark.parametrize("path", MODULES, ids=name)
def test_functions_are_short(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({(node.end_lineno or node.lineno) - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and (node.end_lineno or node.lineno) - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{name(path)}: functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_plugin_is_thin() -> None:
    plugin = PACKAGE / "adapters" / "plugin.py"
    lines = len(plugin.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_PLUGIN_LINES, f"the plugin has {lines} lines: move work into the core"


def test_only_the_plugin_names_mkdocs_in_an_import() -> None:
    """Also enforced by import-linter; this catches a lazy import inside a function too."""
    found = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(m.split(".")[0] in ("mkdocs", "material") for m in modules):
                found.append(name(path))
    assert set(found) <= {"adapters/plugin.py"}, found
