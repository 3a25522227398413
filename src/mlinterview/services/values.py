"""How an answer value reads on any screen: as Python would print it (``None``, ``False``,
``'abc'``, tuples), cut at a length. The CLI and the web app both render values through here."""

from __future__ import annotations

from typing import Any

from mlinterview.judge.checkers.base import py_literal


def value_text(value: Any, limit: int | None = None) -> str:
    """``value`` as Python would print it (JSON decoded: lists for tuples), cut at ``limit``."""
    text = py_literal(value)
    if limit is not None and len(text) > limit:
        return text[: limit - 1] + "…"
    return text
