"""Bounded, printable previews of learner data: what a report may keep, store and show.

A submission decides what it returns and prints, so everything of it that outlives the judging
(the attempt row, the JSON sent to the browser, the terminal) goes through :func:`bounded_report`
first. A value that fits is kept as it is, except that strings are made printable (a lone
surrogate becomes its ``\\udXXX`` escape, which every encoder accepts). A value too large or
nested too deep is replaced by a string: the start of its JSON text and a clear mark saying it was
cut. The walk is iterative over a budget, so a 2,000,000-item list or a list nested 600 deep costs
a few thousand steps, never a recursion error.
"""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

from mlinterview.judge.verdicts import CaseResult, Report

MAX_VALUE_CHARS = 64 * 1024  # per input, expected answer and answer kept with an attempt
MAX_TEXT_CHARS = 64 * 1024  # per printed output and message
MAX_DEPTH = 32
CUT_MARK = "⟨cut⟩"


class _Cut(Exception):
    """The value is larger or deeper than a preview may be."""


def printable(text: str) -> str:
    """``text`` with lone surrogates escaped, so that any UTF-8 encoder accepts it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def bounded_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """Printable ``text``, cut to ``limit`` characters with a mark saying how much was left out."""
    if len(text) > limit:
        text = f"{text[:limit]}… {CUT_MARK} {len(text) - limit:,} more characters"
    return printable(text)


def preview(value: Any, limit: int = MAX_VALUE_CHARS, max_depth: int = MAX_DEPTH) -> Any:
    """``value`` itself when it is small and shallow enough, else a marked string preview."""
    budget = [limit]
    try:
        return _copy(value, budget, max_depth)
    except _Cut as cut:
        return f"{_json_head(value, limit, max_depth)}… {CUT_MARK} {cut.args[0]}"


def _spend(budget: list[int], amount: int) -> None:
    budget[0] -= amount
    if budget[0] < 0:
        raise _Cut("too large to keep whole")


def _copy(value: Any, budget: list[int], depth: int) -> Any:
    """A printable copy of ``value``; raises :class:`_Cut` past the budget or the depth."""
    if value is None or isinstance(value, bool):
        _spend(budget, 5)
        return value
    if isinstance(value, int | float):
        _spend(budget, 24)
        return value
    if isinstance(value, str):
        _spend(budget, len(value) + 2)
        return printable(value)
    if depth <= 0:
        raise _Cut(f"nested deeper than {MAX_DEPTH} levels")
    if isinstance(value, list | tuple):
        _spend(budget, 2 + len(value))  # the separators, charged before the walk
        return [_copy(item, budget, depth - 1) for item in value]
    if isinstance(value, dict):
        _spend(budget, 2 + 2 * len(value))
        return {printable(str(k)): _copy(v, budget, depth - 1) for k, v in value.items()}
    tolist = getattr(value, "tolist", None)
    if callable(tolist) and hasattr(value, "shape"):  # a NumPy array or scalar: as the lists it holds
        _spend(budget, 2 + int(getattr(value, "size", 1)))  # charged before converting
        return _copy(tolist(), budget, depth)
    text = repr(value)  # anything else the judge kept (a checker's note)
    _spend(budget, len(text))
    return printable(text)


def _json_head(value: Any, limit: int, max_depth: int) -> str:
    """The first ``limit`` characters of ``value`` written as JSON, walking no further."""
    parts: list[str] = []
    size = 0
    stack: list[Any] = [value]
    depth_of: list[int] = [0]
    while stack and size < limit:
        item = stack.pop()
        depth = depth_of.pop()
        if isinstance(item, _Literal):
            piece = item.text
        elif isinstance(item, list | tuple | dict) and depth >= max_depth:
            piece = "…"
        elif isinstance(item, list | tuple):
            piece = "["
            stack.append(_Literal("]"))
            depth_of.append(depth)
            for index in range(min(len(item), limit) - 1, -1, -1):  # no more than fits
                stack.append(item[index])
                depth_of.append(depth + 1)
                if index:
                    stack.append(_Literal(", "))
                    depth_of.append(depth)
        elif isinstance(item, dict):
            piece = "{"
            stack.append(_Literal("}"))
            depth_of.append(depth)
            keys = list(item)[: limit // 2]
            for index in range(len(keys) - 1, -1, -1):
                stack.append(item[keys[index]])
                depth_of.append(depth + 1)
                stack.append(_Literal(json.dumps(printable(str(keys[index]))) + ": "))
                depth_of.append(depth)
                if index:
                    stack.append(_Literal(", "))
                    depth_of.append(depth)
        elif isinstance(item, str):
            piece = json.dumps(printable(item[:limit]))
        elif isinstance(item, float) and not math.isfinite(item):
            piece = repr(item)
        elif item is None or isinstance(item, bool | int | float):
            piece = json.dumps(item)
        else:
            piece = printable(repr(item)[:limit])
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:limit]


@dataclasses.dataclass(frozen=True)
class _Literal:
    text: str


def bounded_case(case: CaseResult) -> CaseResult:
    return dataclasses.replace(
        case,
        message=bounded_text(case.message),
        input=preview(case.input),
        expected=preview(case.expected),
        got=preview(case.got),
        stdout=bounded_text(case.stdout),
    )


def bounded_report(report: Report) -> Report:
    """The report with every piece of learner data cut to a preview; safe to store and render."""
    return dataclasses.replace(
        report,
        message=bounded_text(report.message),
        stdout=bounded_text(report.stdout),
        cases=[bounded_case(case) for case in report.cases],
    )
