"""Answers whose list order does not matter, to a stated depth.

``depth=1`` frees the outer list (indices of two-sum, intervals of merge-intervals);
``depth=2`` frees the inner lists too (group-anagrams, 3sum). Both sides are put in a
canonical order and then compared exactly, so duplicates still count.
"""

from __future__ import annotations

import json
import time
from typing import Any

from mlinterview.judge.checkers.base import Check, OverBudget, described, kind_of
from mlinterview.judge.checkers.exact import check_exact


def check_unordered(
    expected: Any, got: Any, depth: int = 1, deadline: float | None = None, **_: Any
) -> Check:
    if kind_of(got) == "ndarray":
        got = got.tolist()
    if kind_of(got) != "list":
        return Check(False, f"expected a list, got {described(got)}")
    if kind_of(expected) == "list" and len(expected) != len(got):  # no sorting needed to tell
        return Check(False, f"answer: expected {len(expected)} items, got {len(got)} (order ignored)")
    result = check_exact(_canonical(expected, depth, deadline), _canonical(got, depth, deadline))
    if result.ok:
        return result
    return Check(False, f"{result.message} (order ignored)")


def _canonical(value: Any, depth: int, deadline: float | None = None) -> Any:
    if depth <= 0 or kind_of(value) != "list":
        return value
    if deadline is not None and time.monotonic() > deadline:
        raise OverBudget("sorting the answer")
    items = [_canonical(item, depth - 1, deadline) for item in value]
    kinds = {kind_of(item) for item in items}
    if kinds == {"int"} or kinds == {"str"}:  # one plain type: its own order is canonical
        return sorted(items)
    count = 0

    def key(item: Any) -> str:
        nonlocal count
        count += 1
        if deadline is not None and count % 4096 == 0 and time.monotonic() > deadline:
            raise OverBudget("sorting the answer")
        return json.dumps(item, sort_keys=True, default=str)

    return sorted(items, key=key)
