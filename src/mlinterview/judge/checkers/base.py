"""The result type every checker returns, and helpers they share."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Check:
    ok: bool
    message: str = ""

    def __bool__(self) -> bool:
        return self.ok


ACCEPT = Check(True)


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


def short(value: Any, limit: int = 200) -> str:
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
