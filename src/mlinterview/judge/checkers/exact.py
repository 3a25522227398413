"""Deep equality with JSON types kept apart: ``true`` is not ``1`` and ``2.0`` is not ``2``."""

from __future__ import annotations

from typing import Any

from mlinterview.judge.checkers.base import ACCEPT, Check, container_difference, described, kind_of, short


def check_exact(expected: Any, got: Any, **_: Any) -> Check:
    where = _first_difference(expected, got, "answer")
    return ACCEPT if where is None else Check(False, where)


def _first_difference(expected: Any, got: Any, path: str) -> str | None:
    ek, gk = kind_of(expected), kind_of(got)
    if gk == "ndarray":
        # A 0-d array (a NumPy scalar answer) becomes a scalar, not a list.
        got = got.tolist()
        gk = kind_of(got)
    if ek != gk:
        return f"{path}: expected {described(expected)}, got {described(got)}"
    if ek in ("list", "dict"):
        return container_difference(expected, got, path, ek, _first_difference)
    if ek == "float" and expected != expected and got != got:  # both NaN
        return None
    if expected != got:
        return f"{path}: expected {short(expected)}, got {short(got)}"
    return None
