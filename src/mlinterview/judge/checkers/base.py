"""The result type every checker returns, and helpers they share."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Check:
    ok: bool
    message: str = ""

    def __bool__(self) -> bool:
        return self.ok


ACCEPT = Check(True)


class OverBudget(Exception):
    """A checker ran past the deadline it was given (``deadline=``, a ``time.monotonic()``)."""


def kind_of(value: Any) -> str:
    """A JSON-level type name: bool is not a number here, and int and float differ."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, list | tuple):
        return "list"
    if isinstance(value, dict):
        return "dict"
    if type(value).__name__ == "ndarray":
        return "ndarray"
    return type(value).__name__


Compare = Callable[[Any, Any, str], "str | None"]


def container_difference(expected: Any, got: Any, path: str, kind: str, compare: Compare) -> str | None:
    """The first difference inside two lists or two dicts of the same ``kind``, found by
    calling ``compare(expected_item, got_item, item_path)`` on their items."""
    if kind == "list":
        if len(expected) != len(got):
            return f"{path}: expected {len(expected)} items, got {len(got)}"
        pairs = [(e, g, f"{path}[{i}]") for i, (e, g) in enumerate(zip(expected, got, strict=True))]
    else:
        if set(expected) != set(got):
            return f"{path}: expected keys {sorted(expected)}, got {sorted(got)}"
        pairs = [(expected[k], got[k], f"{path}[{k!r}]") for k in expected]
    for e, g, where in pairs:
        found = compare(e, g, where)
        if found:
            return found
    return None


def short(value: Any, limit: int = 200) -> str:
    """``value`` as a Python literal (``None``, ``False``, ``'abc'``), cut at ``limit``."""
    text = py_literal(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def described(value: Any) -> str:
    """ "None", or a value with its kind: "a list ([1, 2])"."""
    return "None" if value is None else f"a {kind_of(value)} ({short(value)})"


def py_literal(value: Any) -> str:
    """How Python prints ``value`` (answers arrive JSON-decoded: lists for tuples)."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"float('{value}')"
    if isinstance(value, tuple):
        inner = ", ".join(py_literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items()) + "}"
    tolist = getattr(value, "tolist", None)
    return py_literal(tolist()) if callable(tolist) else repr(value)
