"""Judge reports shaped for the verdict panel: labels, colours, and inputs shown by parameter."""

from __future__ import annotations

from typing import Any

from mlinterview.catalog import Problem
from mlinterview.services.values import value_text
from mlinterview.web.compare import aligned, size_note
from mlinterview.web.templating import VERDICT_CLASS, verdict_label

VALUE_LIMIT = 2000
FULL_INPUT_LIMIT = 256 * 1024  # "show all" of a long input stops here (the page stays bounded)
RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
CASE_MARKS = {
    "accepted": "✓",
    "skipped": "·",
    "time_limit": "⏱",
    "memory_limit": "M",
    "output_limit": "O",
    "runtime_error": "!",
    "syntax_error": "!",
}


def input_text(problem: Problem, args: Any, limit: int = VALUE_LIMIT) -> str:
    """``nums = [2, 7]`` one parameter a line when the names are known, a literal otherwise."""
    params = list(problem.entry.get("params") or [])
    if isinstance(args, list) and params and len(params) == len(args):
        return "\n".join(f"{name} = {value_text(arg, limit)}" for name, arg in zip(params, args, strict=True))
    return value_text(args, limit)


TABLE_ROWS_SHOWN = 50


def as_table(value: Any) -> dict[str, Any] | None:
    """A result set, a named table or a DataFrame (``{"columns": [...], "rows": [[...]]}``), or a
    pandas Series (``{"name", "dtype", "index", "values"}``: its index beside its values), for display."""
    if isinstance(value, dict) and set(value) == {"name", "dtype", "index", "values"}:
        index, values = value["index"], value["values"]
        if isinstance(index, list) and isinstance(values, list):
            value = {
                "columns": ["(index)", str(value["name"])],
                "rows": [list(p) for p in zip(index, values, strict=False)],
            }
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


def input_tables(problem: Problem, args: Any) -> list[dict[str, Any]] | None:
    """A SQL case's tables; on the libraries track, the DataFrame arguments, each named by its
    parameter (the other arguments then show as text)."""
    tables = as_tables(args)
    if tables is not None or problem.track != "libraries" or not isinstance(args, list):
        return tables
    types = problem.entry.get("types") or {}
    params = list(problem.entry.get("params") or [])
    named = [
        as_table({**arg, "name": name})
        for name, arg in zip(params, args, strict=False)
        if types.get(name) == "dataframe" and isinstance(arg, dict)
    ]
    shown = [t for t in named if t is not None]
    return shown if shown and len(shown) == len(params) else None


def case_view(problem: Problem, case: dict[str, Any]) -> dict[str, Any]:
    verdict = case["verdict"]
    has_details = "input" in case
    expected, got = case.get("expected"), case.get("got")
    failed = verdict not in ("accepted", "skipped")
    shown_input = input_text(problem, case.get("input")) if has_details else ""
    full_input = input_text(problem, case.get("input"), FULL_INPUT_LIMIT) if has_details else ""
    message = case.get("message", "")
    returned_none = has_details and verdict == "wrong_answer" and got is None and expected is not None
    if returned_none:
        message = "Your function returned None: is a return statement missing?"
    names = list(problem.entry.get("output_names") or [])
    return {
        "input_tables": input_tables(problem, case.get("input")) if has_details else None,
        "expected_table": as_table(expected) if has_details else None,
        "got_table": as_table(got) if has_details else None,
        "id": case["case_id"],
        "verdict": verdict,
        "label": verdict_label(verdict),
        "css": VERDICT_CLASS.get(verdict, "muted"),
        "mark": CASE_MARKS.get(verdict, "✗"),
        "time_s": case.get("time_s", 0.0),
        "is_sample": case.get("is_sample", False),
        "message": message,
        "stdout": (case.get("stdout") or "")[:VALUE_LIMIT],
        "has_details": has_details,
        "input": shown_input,
        "full_input": full_input if full_input != shown_input else "",
        "input_size": size_note(list(problem.entry.get("params") or []), case.get("input"))
        if has_details
        else "",
        "expected": value_text(expected) if has_details else "",
        "got": value_text(got) if has_details and (got is not None or returned_none) else "",
        "aligned": aligned(expected, got, names) if has_details and failed and got is not None else None,
        "failed": failed,
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
    slow = next((c for c in cases if c["verdict"] == "time_limit" and c["has_details"]), None)
    return {
        "slow_case": slow,
        "time_limit_s": problem.time_s,
        "complexity_target": problem.complexity,
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


def custom_view(problem: Problem, run: Any) -> dict[str, Any]:
    """A custom-input run (:class:`~mlinterview.services.custom_input.CustomRun`) for display:
    the learner's output beside the reference's."""
    report = run.report.to_dict()
    case = report["cases"][0] if report.get("cases") else None
    got = case.get("got") if case else None
    verdict = report["verdict"]
    has_answer = case is not None and verdict not in ("runtime_error", "syntax_error") and "got" in case
    if run.reference_error:
        label, css = "The reference could not run on this input", "warn"
    elif verdict == "accepted":
        label, css = "Same answer as the reference", "ok"
    elif verdict == "wrong_answer":
        label, css = "Different from the reference", "bad"
    else:
        label, css = verdict_label(verdict), VERDICT_CLASS.get(verdict, "muted")
    names = list(problem.entry.get("output_names") or [])
    return {
        "verdict": verdict,
        "label": label,
        "css": css,
        "input": input_text(problem, run.args),
        "got": value_text(got) if has_answer else "",
        "expected": value_text(run.expected) if run.reference_error is None else "",
        "aligned": aligned(run.expected, got, names) if has_answer and verdict == "wrong_answer" else None,
        "message": (case or {}).get("message") or report.get("message", ""),
        "reference_error": run.reference_error or "",
        "stdout": ((case or {}).get("stdout") or report.get("stdout") or "")[:VALUE_LIMIT],
        "time_s": (case or {}).get("time_s", 0.0),
    }
