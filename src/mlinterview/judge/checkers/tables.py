"""Comparing two query results (the SQL track's checker) under a problem's result contract.

A result is ``{"columns": [...], "rows": [[...], ...]}`` holding the values DuckDB returned.
The contract says whether row order counts (``ordered``), whether column names count
(``check_names``, compared case-insensitively) and how close two numbers must be
(``float_tolerance``). Rows are compared as multisets when order does not count, so a missing
``DISTINCT`` or a duplicated join row is caught.

Values: NULL equals NULL; numbers compare by value whatever their type (``3`` = ``3.0`` =
``DECIMAL 3.00``), within ``|got - expected| <= tol * max(1, |expected|)``; a DATE equals a
TIMESTAMP at midnight of that day; strings are compared exactly; TRUE is not 1.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from decimal import Decimal
from typing import Any

from mlinterview.judge.checkers.base import Check

_SHOWN = 5  # rows quoted in a message
_TOLERANT_MATCH_MAX = 2000  # unmatched rows beyond this are not paired up within tolerance


def check_tables(
    expected: dict[str, Any],
    got: dict[str, Any],
    *,
    ordered: bool = False,
    check_names: bool = True,
    float_tolerance: float = 1e-6,
) -> Check:
    columns = list(expected["columns"])
    message = _columns_message(columns, list(got["columns"]), check_names)
    if message:
        return Check(False, message)
    exp_rows, got_rows = list(expected["rows"]), list(got["rows"])
    if ordered:
        return _check_ordered(columns, exp_rows, got_rows, float_tolerance)
    missing, extra = _unmatched(exp_rows, got_rows, float_tolerance)
    if not missing and not extra:
        return Check(True)
    return Check(False, _multiset_message(len(exp_rows), len(got_rows), missing, extra))


def same_value(a: Any, b: Any, tol: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _is_number(a) and _is_number(b):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        x, y = float(a), float(b)
        if math.isnan(x) or math.isnan(y):
            return math.isnan(x) and math.isnan(y)
        if math.isinf(x) or math.isinf(y):
            return x == y
        return abs(x - y) <= tol * max(1.0, abs(y))
    if isinstance(a, dt.date) and isinstance(b, dt.date):
        return _day_or_moment(a) == _day_or_moment(b)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(same_value(x, y, tol) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k], tol) for k in a)
    return bool(a == b)


def same_row(a: Any, b: Any, tol: float) -> bool:
    return len(a) == len(b) and all(same_value(x, y, tol) for x, y in zip(a, b, strict=True))


def format_value(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, str):
        return repr(value) if len(value) <= 80 else repr(value[:77]) + "…"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(format_value(v) for v in value) + "]"
    return str(value)


def format_row(row: Any) -> str:
    return "(" + ", ".join(format_value(v) for v in row) + ")"


# -- internals ----------------------------------------------------------------------------------
def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _day_or_moment(value: dt.date) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None and value.time() == dt.time(0):
            return ("day", value.date())
        return ("moment", value)
    return ("day", value)


def _columns_message(expected: list[str], got: list[str], check_names: bool) -> str:
    if len(expected) != len(got):
        return (
            f"expected {len(expected)} column{'s' * (len(expected) != 1)} ({', '.join(expected)}), "
            f"got {len(got)} ({', '.join(got)})"
        )
    if check_names:
        for i, (e, g) in enumerate(zip(expected, got, strict=True), 1):
            if e.lower() != g.lower():
                return f"column {i} is named {g!r}; expected {e!r} (name it with AS {e})"
    return ""


def _check_ordered(columns: list[str], expected: list[Any], got: list[Any], tol: float) -> Check:
    for i, (e, g) in enumerate(zip(expected, got, strict=False), 1):
        if not same_row(e, g, tol):
            missing, extra = _unmatched(expected, got, tol)
            if not missing and not extra:
                return Check(
                    False,
                    f"the right rows in the wrong order: row {i} should be {format_row(e)}, "
                    f"got {format_row(g)} (check the ORDER BY the question asks for)",
                )
            column = next(c for c, x, y in zip(columns, e, g, strict=True) if not same_value(x, y, tol))
            return Check(
                False,
                f"row {i}, column {column!r}: expected {format_value(e[columns.index(column)])}, "
                f"got {format_value(g[columns.index(column)])}; expected row {format_row(e)}, "
                f"got {format_row(g)}",
            )
    if len(expected) == len(got):
        return Check(True)
    if len(got) < len(expected):
        rest = expected[len(got) :]
        return Check(
            False,
            f"expected {len(expected)} rows, got {len(got)}; missing from row {len(got) + 1} on: "
            + _quote(rest),
        )
    rest = got[len(expected) :]
    return Check(
        False,
        f"expected {len(expected)} rows, got {len(got)}; extra from row {len(expected) + 1} on: "
        + _quote(rest),
    )


def _key(value: Any, digits: int) -> Any:
    if value is None:
        return (0,)
    if isinstance(value, bool):
        return (1, value)
    if isinstance(value, int) and abs(value) > 2**53:  # beyond exact floats: keep every digit
        return (2, "int", value)
    if _is_number(value):
        number = float(value)
        return (2, "nan") if math.isnan(number) else (2, round(number, digits) + 0.0)
    if isinstance(value, dt.date):
        return (3, _day_or_moment(value))
    if isinstance(value, str):
        return (4, value)
    if isinstance(value, list | tuple):
        return (5, tuple(_key(v, digits) for v in value))
    if isinstance(value, dict):
        return (6, tuple(sorted((str(k), _key(v, digits)) for k, v in value.items())))
    return (7, repr(value))


def _unmatched(expected: list[Any], got: list[Any], tol: float) -> tuple[list[Any], list[Any]]:
    """Rows of ``expected`` with no partner in ``got`` and the other way round (multisets)."""
    digits = 12 if tol <= 0 else max(0, min(12, int(-math.log10(tol))))
    remaining = Counter(tuple(_key(v, digits) for v in row) for row in expected)
    extra = []
    for row in got:
        key = tuple(_key(v, digits) for v in row)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            extra.append(row)
    missing = []
    for row in expected:
        key = tuple(_key(v, digits) for v in row)
        if remaining[key] > 0:
            remaining[key] -= 1
            missing.append(row)
    if missing and extra and len(missing) <= _TOLERANT_MATCH_MAX and len(extra) <= _TOLERANT_MATCH_MAX:
        # Rounding can put two values within tolerance on either side of a boundary.
        still_extra = []
        for row in extra:
            partner = next((i for i, m in enumerate(missing) if same_row(m, row, tol)), None)
            if partner is None:
                still_extra.append(row)
            else:
                missing.pop(partner)
        extra = still_extra
    return missing, extra


def _quote(rows: list[Any]) -> str:
    text = ", ".join(format_row(r) for r in rows[:_SHOWN])
    return text + (f" and {len(rows) - _SHOWN} more" if len(rows) > _SHOWN else "")


def _multiset_message(n_expected: int, n_got: int, missing: list[Any], extra: list[Any]) -> str:
    if len(missing) == 1 and len(extra) == 1 and n_expected == n_got:
        return f"one row differs: expected {format_row(missing[0])}, got {format_row(extra[0])}"
    parts = []
    if n_expected != n_got:
        parts.append(f"expected {n_expected} row{'s' * (n_expected != 1)}, got {n_got}")
    if missing:
        parts.append(
            f"{len(missing)} expected row{'s' * (len(missing) != 1)} missing from yours: {_quote(missing)}"
        )
    if extra:
        parts.append(f"{len(extra)} row{'s' * (len(extra) != 1)} that should not be there: {_quote(extra)}")
    return "; ".join(parts)
