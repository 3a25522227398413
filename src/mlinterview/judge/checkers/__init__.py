"""Checkers: plain functions ``check(expected, got, **options) -> Check``, one module each.

They run in the judge's own process on decoded data, never inside the learner's process, so
nothing a submission returns can declare itself right.
"""

from __future__ import annotations

from collections.abc import Callable

from mlinterview.judge.checkers.base import Check, OverBudget
from mlinterview.judge.checkers.exact import check_exact
from mlinterview.judge.checkers.floats import check_float
from mlinterview.judge.checkers.frames import check_frame
from mlinterview.judge.checkers.invariant import check_permutation, check_sign
from mlinterview.judge.checkers.unordered import check_unordered

CHECKERS: dict[str, Callable[..., Check]] = {
    "exact": check_exact,
    "unordered": check_unordered,
    "float": check_float,
    "permutation": check_permutation,
    "sign": check_sign,
    "frame": check_frame,
}

__all__ = ["CHECKERS", "Check", "OverBudget", "get_checker"]


def get_checker(kind: str) -> Callable[..., Check]:
    try:
        return CHECKERS[kind]
    except KeyError:
        raise ValueError(f"unknown checker {kind!r}") from None
