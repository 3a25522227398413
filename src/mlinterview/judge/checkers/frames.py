"""DataFrames and Series, as the libraries track's harness sends them: compared by value.

A DataFrame arrives as ``{"columns", "dtypes", "index", "rows"}`` and a Series as
``{"name", "dtype", "index", "values"}`` (``harness/libvalues.py``). The problem states the
contract: column names and order always count; ``check_dtypes`` (default on) compares the dtype
names; ``check_index`` (default off) compares the index labels; ``ordered`` (default on) compares
rows in order, otherwise as a multiset. Numbers match within ``atol + rtol * |expected|``, null
matches only null, and an integer equals the same float.
"""

from __future__ import annotations

import math
from typing import Any

from mlinterview.judge.checkers.base import ACCEPT, Check, short

_FRAME_KEYS = {"columns", "dtypes", "index", "rows"}
_SERIES_KEYS = {"name", "dtype", "index", "values"}


def check_frame(
    expected: Any,
    got: Any,
    ordered: bool = True,
    check_dtypes: bool = True,
    check_index: bool = False,
    rtol: float = 1e-9,
    atol: float = 1e-12,
    **_: Any,
) -> Check:
    if _is(expected, _SERIES_KEYS):
        return _series(expected, got, ordered, check_dtypes, check_index, rtol, atol)
    if not _is(expected, _FRAME_KEYS):
        return Check(False, "this problem's expected answer is not a DataFrame")
    if not _is(got, _FRAME_KEYS):
        return Check(False, f"expected a DataFrame, got {short(got)}")
    if [str(c) for c in got["columns"]] != [str(c) for c in expected["columns"]]:
        return Check(False, f"columns: expected {expected['columns']}, got {got['columns']}")
    if check_dtypes and got["dtypes"] != expected["dtypes"]:
        for name, want, have in zip(expected["columns"], expected["dtypes"], got["dtypes"], strict=True):
            if want != have:
                return Check(False, f"column {name!r}: expected dtype {want}, got {have}")
    return _rows(
        expected["rows"],
        got["rows"],
        expected["index"],
        got["index"],
        expected["columns"],
        ordered,
        check_index,
        rtol,
        atol,
    )


def _series(
    expected: dict[str, Any],
    got: Any,
    ordered: bool,
    check_dtypes: bool,
    check_index: bool,
    rtol: float,
    atol: float,
) -> Check:
    if not _is(got, _SERIES_KEYS):
        return Check(False, f"expected a Series, got {short(got)}")
    if got["name"] != expected["name"]:
        return Check(False, f"the Series' name: expected {expected['name']!r}, got {got['name']!r}")
    if check_dtypes and got["dtype"] != expected["dtype"]:
        return Check(False, f"expected dtype {expected['dtype']}, got {got['dtype']}")
    rows_e = [[v] for v in expected["values"]]
    rows_g = [[v] for v in got["values"]]
    return _rows(
        rows_e,
        rows_g,
        expected["index"],
        got["index"],
        [expected["name"]],
        ordered,
        check_index,
        rtol,
        atol,
    )


def _rows(
    expected: list[Any],
    got: list[Any],
    index_e: list[Any],
    index_g: list[Any],
    columns: list[Any],
    ordered: bool,
    check_index: bool,
    rtol: float,
    atol: float,
) -> Check:
    if len(got) != len(expected):
        return Check(False, f"expected {len(expected)} rows, got {len(got)}")
    if check_index and ordered and not _same_row(index_e, index_g, rtol, atol):
        for i, (e, g) in enumerate(zip(index_e, index_g, strict=True)):
            if not _same(e, g, rtol, atol):
                return Check(False, f"row {i}: expected index label {e!r}, got {g!r}")
    pairs_e = [(list(r), i) for r, i in zip(expected, index_e, strict=False)]
    pairs_g = [(list(r), i) for r, i in zip(got, index_g, strict=False)]
    if not ordered:
        pairs_e.sort(key=_sort_key)
        pairs_g.sort(key=_sort_key)
    for n, ((row_e, label_e), (row_g, label_g)) in enumerate(zip(pairs_e, pairs_g, strict=True)):
        if len(row_g) != len(row_e):
            return Check(False, f"row {n}: expected {len(row_e)} values, got {len(row_g)}")
        for name, e, g in zip(columns, row_e, row_g, strict=True):
            if not _same(e, g, rtol, atol):
                where = f"row {n}" if ordered else f"the row {short(row_e)} (rows compared in any order)"
                return Check(False, f"{where}, column {name!r}: expected {e!r}, got {g!r}")
        if check_index and not ordered and not _same(label_e, label_g, rtol, atol):
            return Check(False, f"the row {short(row_e)}: expected index label {label_e!r}, got {label_g!r}")
    return ACCEPT


def _is(value: Any, keys: set[str]) -> bool:
    return isinstance(value, dict) and set(value) == keys


def _same_row(e: list[Any], g: list[Any], rtol: float, atol: float) -> bool:
    return len(e) == len(g) and all(_same(a, b, rtol, atol) for a, b in zip(e, g, strict=True))


def _same(e: Any, g: Any, rtol: float, atol: float) -> bool:
    if e is None or g is None:
        return e is None and g is None
    if isinstance(e, list) and isinstance(g, list):
        return _same_row(e, g, rtol, atol)
    if _number(e) and _number(g):
        e, g = float(e), float(g)
        if math.isinf(e) or math.isinf(g):
            return e == g
        return abs(g - e) <= atol + rtol * abs(e)
    return type(e) is type(g) and e == g


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _sort_key(pair: tuple[list[Any], Any]) -> list[tuple[int, str]]:
    """Rows in a stable total order whatever their types: nulls first, numbers by value."""
    out = []
    for value in pair[0]:
        if value is None:
            out.append((0, ""))
        elif isinstance(value, bool):
            out.append((1, str(value)))
        elif isinstance(value, int | float):
            out.append((2, f"{float(value):+.12e}"))
        else:
            out.append((3, str(value)))
    return out
