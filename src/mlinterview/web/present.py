"""Judge reports shaped for the verdict panel: labels, colours, and inputs shown by parameter."""

from __future__ import annotations

import json
from typing import Any

from mlinterview.catalog import Problem
from mlinterview.web.templating import VERDICT_CLASS, verdict_label

VALUE_LIMIT = 2000
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def value_text(value: Any, limit: int = VALUE_LIMIT) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def input_text(problem: Problem, args: Any) -> str:
    """``nums = [2, 7]`` one parameter a line when the names are known, JSON otherwise."""
    params = list(problem.entry.get("params") or [])
    if isinstance(args, list) and params and len(params) == len(args):
        return "\n".join(f"{name} = {value_text(arg)}" for name, arg in zip(params, args, strict=True))
    return value_text(args)


TABLE_ROWS_SHOWN = 50


def as_table(value: Any) -> dict[str, Any] | None:
    """A result set or a named table (``{"columns": [...], "rows": [[...]]}``), for display."""
    if not (
        isinstance(value, dict)
        and isinstance(value.get("columns"), list)
        and isinstance(value.get("rows"), list)
    ):
        return None
    rows = value["rows"]
    return {
        "name": value.get("name"),
        "columns": value["columns"],
        "rows": rows[:TABLE_ROWS_SHOWN],
        "more": max(0, len(rows) - TABLE_ROWS_SHOWN),
    }


def as_tables(value: Any) -> list[dict[str, Any]] | None:
    if isinstance(value, list) and value:
        tables = [as_table(v) for v in value]
        if all(t is not None for t in tables):
            return [t for t in tables if t is not None]
    return None


def case_view(problem: Problem, case: dict[str, Any]) -> dict[str, Any]:
    verdict = case["verdict"]
    has_details = "input" in case
    return {
        "input_tables": as_tables(case.get("input")) if has_details else None,
        "expected_table": as_table(case.get("expected")) if has_details else None,
        "got_table": as_table(case.get("got")) if has_details else None,
        "id": case["case_id"],
        "verdict": verdict,
        "label": verdict_label(verdict),
        "css": VERDICT_CLASS.get(verdict, "muted"),
        "mark": "✓" if verdict == "accepted" else "·" if verdict == "skipped" else "✗",
        "time_s": case.get("time_s", 0.0),
        "is_sample": case.get("is_sample", False),
        "message": case.get("message", ""),
        "stdout": (case.get("stdout") or "")[:VALUE_LIMIT],
        "has_details": has_details,
        "input": input_text(problem, case.get("input")) if has_details else "",
        "expected": value_text(case.get("expected")) if has_details else "",
        "got": value_text(case.get("got")) if has_details and case.get("got") is not None else "",
        "failed": verdict not in ("accepted", "skipped"),
    }


def report_view(
    problem: Problem,
    report: dict[str, Any],
    mode: str,
    *,
    review_rating: int | None = None,
    is_solved: bool = False,
) -> dict[str, Any]:
    cases = [case_view(problem, c) for c in report.get("cases", [])]
    failing = [c for c in cases if c["failed"] and c["has_details"]]
    shown = cases if mode == "run" else failing
    printed_in_cases = any(c["stdout"] for c in shown)
    verdict = report["verdict"]
    return {
        "mode": mode,
        "verdict": verdict,
        "label": verdict_label(verdict),
        "css": VERDICT_CLASS.get(verdict, "muted"),
        "passed": report.get("passed", 0),
        "total": report.get("total", 0),
        "time_s": report.get("time_s", 0.0),
        "memory_mb": report.get("memory_mb", 0.0),
        "message": report.get("message", ""),
        "cases": cases,
        "details": shown,
        "stdout": "" if printed_in_cases else (report.get("stdout") or "")[:VALUE_LIMIT],
        "complexity": report.get("complexity"),
        "review_rating": RATING_NAMES.get(review_rating or 0),
        "is_accepted": verdict == "accepted",
        "is_solved": is_solved,
    }


def jsonable(value: Any) -> Any:
    """Plain JSON for the browser: NaN and infinities (a learner's answer may hold them) as text."""
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | bool):
        return value
    return str(value)
