"""Answers whose list order does not matter, to a stated depth.

``depth=1`` frees the outer list (indices of two-sum, intervals of merge-intervals);
``depth=2`` frees the inner lists too (group-anagrams, 3sum). Both sides are put in a
canonical order and then compared exactly, so duplicates still count.
"""

from __future__ import annotations

import json
from typing import Any

from mlinterview.judge.checkers.base import Check, described, kind_of
from mlinterview.judge.checkers.exact import check_exact


def check_unordered(expected: Any, got: Any, depth: int = 1, **_: Any) -> Check:
    if kind_of(got) == "ndarray":
        got = got.tolist()
    if kind_of(got) != "list":
        return Check(False, f"expected a list, got {described(got)}")
    result = check_exact(_canonical(expected, depth), _canonical(got, depth))
    if result.ok:
        return result
    return Check(False, f"{result.message} (order ignored)")


def _canonical(value: Any, depth: int) -> Any:
    if depth <= 0 or kind_of(value) != "list":
        return value
    items = [_canonical(item, depth - 1) for item in value]
    return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, default=str))
