"""A SQL problem's stated table sizes: problem.yaml's ``constraints:``, checked against schema.sql.

A SQL statement's constraints are the sizes of its tables, per table::

    constraints:
      customers: {rows: 2000}
      orders: {rows: 5000}

``rows`` is the most rows the table holds in any dataset. Every dataset keeps to it and a
hidden dataset reaches it (``mli validate``); the result contract states it in words. Nothing
here runs SQL: table names are read from schema.sql's ``CREATE TABLE`` statements.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mlinterview.catalog.schema import Fields
from mlinterview.errors import ContentError

KEYS = ("rows",)
_CREATE = re.compile(r"\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?\"?(\w+)\"?", re.IGNORECASE)

TableSizes = dict[str, int]


def schema_tables(folder: Path) -> list[str]:
    """The table names schema.sql creates, in order (lowercase)."""
    path = folder / "schema.sql"
    if not path.is_file():
        raise ContentError(path, "is missing")
    return [name.lower() for name in _CREATE.findall(path.read_text(encoding="utf-8"))]


def parse_sizes(f: Fields, folder: Path) -> TableSizes | None:
    """problem.yaml's ``constraints:`` (``{table: {rows: N}}``), checked; None when absent."""
    if f.data.get("constraints") is None:
        return None
    c = f.sub("constraints")
    tables = schema_tables(folder)
    sizes: TableSizes = {}
    for table in c.data:
        if table not in tables:
            raise c.error(str(table), f"names no table of schema.sql (tables: {', '.join(tables)})")
        t = c.sub(str(table))
        t.only(set(KEYS))
        rows: Any = t.data.get("rows")
        if rows is None:
            raise t.error("rows", "is required: the most rows the table holds in any dataset")
        if isinstance(rows, bool) or not isinstance(rows, int) or rows < 0:
            raise t.error("rows", "must be a whole number >= 0")
        sizes[str(table)] = rows
    if not sizes:
        raise f.error("constraints", "states no table (use {table: {rows: N}})")
    return sizes


def size_words(sizes: TableSizes, tables: list[str]) -> str:
    """The sizes as the result contract says them: one sentence, tables in schema order."""
    stated = [t for t in tables if t in sizes]
    values = {sizes[t] for t in stated}
    if len(stated) > 1 and len(values) == 1 and len(stated) == len(tables):
        return f"Each table holds at most {_number(next(iter(values)))} rows."
    if len(stated) == 1:
        return f"`{stated[0]}` holds at most {_number(sizes[stated[0]])} rows."
    first, *rest = stated
    parts = [f"`{first}` holds at most {_number(sizes[first])} rows"]
    parts += [f"`{t}` at most {_number(sizes[t])}" for t in rest]
    return ", ".join(parts[:-1]) + " and " + parts[-1] + "."


def _number(n: int) -> str:
    return f"{n:,}"
