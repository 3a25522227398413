"""SQL problem folders (``content/sql/<slug>/``): problem.yaml and datasets.yaml, checked.

A SQL problem is the shared :class:`Problem` with ``track="sql"``; its result contract
(``ordered``, ``check_names``, ``float_tolerance``) lives in ``extra``. Datasets are read
lazily by :func:`load_datasets`. Nothing here runs SQL: the judge does.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mlinterview.catalog.problem import DIFFICULTIES, Problem
from mlinterview.catalog.schema import Fields, check_schema_version, open_problem_yaml
from mlinterview.catalog.sqlsizes import parse_sizes
from mlinterview.errors import ContentError

_KEYS = {"schema", "id", "slug", "title", "track", "difficulty", "topics", "limits", "result", "constraints"}
_REQUIRED_FILES = (
    "statement.md",
    "schema.sql",
    "datasets.yaml",
    "starter.sql",
    "solution.sql",
    "hints.md",
    "editorial.md",
)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
ENTRY = {"style": "sql", "name": "query", "params": []}

Tables = dict[str, list[list[Any]]]
PROMISES = ("empty", "nulls", "ties")  # edge cases a statement can promise its hidden datasets test


def sql_problem_from_yaml(folder: Path, data: Any) -> Problem:
    f, slug = open_problem_yaml(folder, data, _KEYS)
    pid = f.get("id", str)
    if pid != f"sql.{slug}":
        raise f.error("id", f"must be 'sql.{slug}'")
    f.get("track", str, choices=("sql",))
    limits = f.sub("limits")
    limits.only({"time_s", "memory_mb"})
    time_s = limits.get("time_s", float, 2.0)
    memory_mb = limits.get("memory_mb", int, 256)
    if not 0 < time_s <= 30:
        raise limits.error("time_s", "must be between 0 and 30 seconds")
    if not 16 <= memory_mb <= 4096:
        raise limits.error("memory_mb", "must be between 16 and 4096")
    if not isinstance(data.get("result"), dict):
        raise f.error("result", "is required: the result contract (ordered, check_names, float_tolerance)")
    result = f.sub("result")
    result.only({"ordered", "check_names", "float_tolerance", "promises"})
    tolerance = result.get("float_tolerance", float, 1e-6)
    if not 0 <= tolerance < 1:
        raise result.error("float_tolerance", "must be at least 0 and below 1")
    extra = {
        "ordered": result.get("ordered", bool),
        "check_names": result.get("check_names", bool),
        "float_tolerance": tolerance,
    }
    promises = result.strings("promises", [])
    for promise in promises:
        if promise not in PROMISES:
            raise result.error("promises", f"{promise!r} is not one of {', '.join(PROMISES)}")
    extra["promises"] = sorted(set(promises), key=PROMISES.index)
    extra["constraints"] = parse_sizes(f, folder)  # {table: most rows}, or None when not stated
    problem = Problem(
        id=pid,
        slug=slug,
        title=f.get("title", str),
        track="sql",
        difficulty=f.get("difficulty", str, choices=DIFFICULTIES),
        topics=f.strings("topics"),
        entry=dict(ENTRY),
        path=folder,
        time_s=time_s,
        memory_mb=memory_mb,
        checker="table",
        checker_options={k: v for k, v in extra.items() if k not in ("promises", "constraints")},
        extra=extra,
    )
    for name in _REQUIRED_FILES:
        if not (folder / name).is_file():
            raise ContentError(folder / name, "is missing")
    if not problem.hints.hints:
        raise ContentError(folder / "hints.md", "has no '## Hint 1' section")
    return problem


def load_datasets(problem: Problem, data: Any) -> tuple[Tables, list[tuple[str, Tables]]]:
    """datasets.yaml's contents, checked: (the sample's tables, [(id, tables), ...] hidden)."""
    path = problem.file("datasets.yaml")
    check_schema_version(path, data)
    f = Fields(path, data)
    f.only({"schema", "sample", "hidden"})
    sample_fields = f.sub("sample")
    sample_fields.only({"tables", "note"})
    sample = read_tables(path, sample_fields.get("tables", dict), "sample.tables.")
    hidden: list[tuple[str, Tables]] = []
    seen = {"sample"}
    for i, item in enumerate(f.get("hidden", list, [])):
        h = Fields(path, item, f"hidden[{i}].")
        h.only({"id", "note", "tables", "covers"})
        for tag in h.strings("covers", []):
            if tag not in PROMISES:
                raise h.error("covers", f"{tag!r} is not one of {', '.join(PROMISES)}")
        dataset_id = h.get("id", str)
        if dataset_id in seen or not _SLUG.match(dataset_id):
            raise h.error("id", f"{dataset_id!r} is a duplicate or not lowercase-with-dashes")
        seen.add(dataset_id)
        hidden.append((dataset_id, read_tables(path, h.get("tables", dict), f"hidden[{i}].tables.")))
    return sample, hidden


def dataset_covers(data: Any) -> dict[str, list[str]]:
    """``{dataset_id: covers}`` of datasets.yaml's hidden datasets (read after load_datasets)."""
    return {item["id"]: list(item.get("covers") or []) for item in (data.get("hidden") or [])}


def read_tables(path: Path, tables: Any, prefix: str) -> Tables:
    """``{table: [[value, ...], ...]}``: names are lowercase identifiers, rows are lists."""
    if not isinstance(tables, dict):
        raise ContentError(path, "must map table names to lists of rows", prefix.rstrip("."))
    checked: Tables = {}
    for name, rows in tables.items():
        if not isinstance(name, str) or not _NAME.match(name):
            raise ContentError(path, "table names are lowercase identifiers", f"{prefix}{name}")
        rows = rows or []
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ContentError(path, "must be a list of rows, each a list of values", f"{prefix}{name}")
        checked[name] = rows
    return checked
