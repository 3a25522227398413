"""Imports point downwards only (docs/ARCHITECTURE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import mlinterview

SRC = Path(mlinterview.__file__).parent

FORBIDDEN = {
    "judge": (
        "mlinterview.store",
        "mlinterview.services",
        "mlinterview.cli",
        "mlinterview.web",
        "mlinterview.catalog",
        "mlinterview.srs",
    ),
    "catalog": (
        "mlinterview.judge",
        "mlinterview.store",
        "mlinterview.services",
        "mlinterview.cli",
        "mlinterview.web",
    ),
    "store": (
        "mlinterview.judge",
        "mlinterview.services",
        "mlinterview.cli",
        "mlinterview.web",
        "mlinterview.catalog",
    ),
    "srs": (
        "mlinterview.judge",
        "mlinterview.store",
        "mlinterview.services",
        "mlinterview.cli",
        "mlinterview.web",
        "mlinterview.catalog",
    ),
    "services": ("mlinterview.cli", "mlinterview.web", "typer", "fastapi", "rich", "starlette"),
    # the interfaces render what services return: no store, no judge of their own
    "cli": ("mlinterview.store", "mlinterview.judge"),
    "web": ("mlinterview.store", "mlinterview.judge", "mlinterview.cli"),
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_layers_import_downwards() -> None:
    problems = []
    for layer, banned in FORBIDDEN.items():
        for path in (SRC / layer).rglob("*.py"):
            for name in imports_of(path):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    problems.append(f"{path.relative_to(SRC)} imports {name}")
    assert problems == []


def test_child_harness_never_imports_the_package() -> None:
    for path in (SRC / "judge" / "harness").glob("*.py"):
        assert not any(n.startswith("mlinterview") for n in imports_of(path)), path


def test_only_config_reads_the_environment() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "config.py" or "content" in path.parts or "harness" in path.parts:
            continue
        text = path.read_text()
        if "os.environ" in text or "getenv(" in text:
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == [], offenders


def test_interfaces_never_reach_into_the_store_or_the_workers() -> None:
    """``ctx.store`` and ``ctx.pool`` belong to the services; a command or a route that reads
    them has grown a query of its own."""
    offenders = []
    for layer in ("cli", "web"):
        for path in (SRC / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Attribute) and node.attr in ("store", "pool"):
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno} .{node.attr}")
    assert offenders == [], offenders
