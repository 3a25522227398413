"""The generated half of a SQL statement: tables, the worked example and the result contract.

A SQL ``statement.md`` is the task in the author's words, then three sections built from the
pack itself so they can never drift from what the judge does: ``## Tables`` (from
``schema.sql``, a column's meaning is its ``--`` comment), ``## Example`` (the sample dataset
and the reference's answer on it) and ``## Result contract`` (from ``problem.yaml``: the
contract, the promised edge cases and the stated table sizes).
``test_sql_content.py`` fails when a statement differs from this; rewrite them with

    python tests/sql/sql_statement.py [SLUG ...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from mlinterview.catalog import Catalog, Problem
from mlinterview.catalog.sqlsizes import schema_tables, size_words
from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.judge.executors.sql import jsonable
from mlinterview.services import sql
from mlinterview.services.cases import problem_cases
from mlinterview.services.context import Context

GENERATED_FROM = "## Tables"
PROMISE_WORDS = {"empty": "empty tables", "nulls": "NULLs", "ties": "ties"}
_TABLE = re.compile(r"CREATE\s+TABLE\s+(\w+)\s*\((.*?)\n\);", re.IGNORECASE | re.DOTALL)
_COLUMN = re.compile(r"^\s*(\w+)\s+([A-Za-z]+(?:\(\d+(?:,\s*\d+)?\))?)[^-]*(?:--\s*(.*))?$")


def cell(value: Any) -> str:
    value = jsonable(value)
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        text = f"{value:.4f}".rstrip("0").rstrip(".")
        return text if text not in ("-0", "") else "0"
    return str(value).replace("|", "\\|") if str(value) else "''"


def _row_key(row: list[Any]) -> tuple[Any, ...]:
    """A stable order for results whose row order is free (numbers before text, NULLs last)."""
    key: list[Any] = []
    for value in jsonable(row):
        if value is None:
            key.append((2, 0, ""))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            key.append((0, value, ""))
        else:
            key.append((1, 0, str(value)))
    return tuple(key)


def markdown_table(columns: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def tables_section(problem: Problem) -> str:
    parts = [GENERATED_FROM]
    for name, body in _TABLE.findall(problem.read("schema.sql")):
        rows = []
        for line in body.splitlines():
            match = _COLUMN.match(line)
            if match and match.group(1).upper() not in ("PRIMARY", "UNIQUE", "FOREIGN", "CHECK"):
                rows.append([match.group(1), match.group(2).upper(), (match.group(3) or "").strip()])
        parts.append(f"**{name}**\n\n" + markdown_table(["column", "type", "meaning"], rows))
    return "\n\n".join(parts)


def sample_answer(ctx: Context, problem: Problem) -> dict[str, Any]:
    """The reference's result on the sample dataset (computed in the sandbox)."""
    sample = problem_cases(ctx.catalog, problem, ctx.pool, ctx.config.cache_dir, samples_only=True)[0]
    return sample.expected  # type: ignore[no-any-return]


def example_section(ctx: Context, problem: Problem) -> str:
    parts = ["## Example"]
    for table in sql.sample_tables(ctx, problem):
        body = markdown_table(table.columns, table.rows) if table.rows else "(empty)"
        parts.append(f"**{table.name}**\n\n{body}")
    answer = sample_answer(ctx, problem)
    rows = answer["rows"] if problem.extra["ordered"] else sorted(answer["rows"], key=_row_key)
    parts.append("Expected output:\n\n" + markdown_table(answer["columns"], rows))
    return "\n\n".join(parts)


def contract_section(ctx: Context, problem: Problem) -> str:
    answer = sample_answer(ctx, problem)
    names = ", ".join(f"`{c}`" for c in answer["columns"])
    extra = problem.extra
    lines = ["## Result contract", ""]
    if extra["check_names"]:
        lines.append(f"- Columns, in this order: {names}. Names are checked (case does not matter).")
    else:
        lines.append(f"- Columns, in this order: {names}. Only the order counts; names are free.")
    if extra["ordered"]:
        lines.append("- Row order is checked: sort exactly as the task says.")
    else:
        lines.append("- Row order is not checked, but duplicate rows count.")
    tol = f"{extra['float_tolerance']:g}"
    lines.append(
        f"- Numbers are compared by value (`3` = `3.0`) within {tol} (relative above 1); "
        "NULL matches only NULL; a DATE equals a TIMESTAMP at midnight."
    )
    promised = [PROMISE_WORDS[p] for p in extra.get("promises", [])]
    lines.append(
        "- Your query runs on this example and on hidden datasets ("
        + ", ".join([*promised, "larger random data"])
        + ")."
    )
    if "nulls" not in extra.get("promises", []):
        lines.append("- The tables hold no NULLs.")
    if extra.get("constraints"):
        lines.append("- " + size_words(extra["constraints"], schema_tables(problem.path)))
    return "\n".join(lines)


def render(ctx: Context, problem: Problem) -> str:
    text = problem.statement
    head = text.split(GENERATED_FROM, 1)[0].rstrip()
    sections = [tables_section(problem), example_section(ctx, problem), contract_section(ctx, problem)]
    return head + "\n\n" + "\n\n".join(sections) + "\n"


def main(slugs: list[str]) -> None:
    catalog = Catalog([BUILTIN_CONTENT])
    problems = [catalog.get(s) for s in slugs] if slugs else catalog.problems("sql")
    with Context(Config.from_env()) as ctx:
        rendered = [(problem, render(ctx, problem)) for problem in problems]
    for problem, new in rendered:
        if new != problem.statement:
            Path(problem.file("statement.md")).write_text(new, encoding="utf-8")
            print("rewrote", problem.slug)
    for error in catalog.errors:
        if "/sql/" in error.path.replace("\\", "/"):
            print("error:", error)


if __name__ == "__main__":
    main(sys.argv[1:])
