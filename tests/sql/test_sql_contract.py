"""The result contract: row order, column names, float tolerance, NULLs, numeric and date types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from mlinterview.judge.checkers.tables import check_tables


def table(columns: list[str], *rows: list[Any]) -> dict[str, Any]:
    return {"columns": columns, "rows": [list(r) for r in rows]}


EXPECTED = table(["id", "total"], [1, 10.0], [2, 20.0], [3, 30.0])


def test_unordered_accepts_any_row_order() -> None:
    got = table(["id", "total"], [3, 30.0], [1, 10.0], [2, 20.0])
    assert check_tables(EXPECTED, got, ordered=False).ok


def test_ordered_rejects_the_right_rows_in_the_wrong_order() -> None:
    got = table(["id", "total"], [3, 30.0], [1, 10.0], [2, 20.0])
    check = check_tables(EXPECTED, got, ordered=True)
    assert not check.ok and "wrong order" in check.message and "row 1" in check.message
    assert check_tables(EXPECTED, EXPECTED, ordered=True).ok


def test_ordered_names_the_row_and_column_that_differ() -> None:
    got = table(["id", "total"], [1, 10.0], [2, 25.0], [3, 30.0])
    check = check_tables(EXPECTED, got, ordered=True)
    assert "row 2, column 'total': expected 20, got 25" in check.message


def test_ordered_reports_missing_and_extra_tails() -> None:
    short = table(["id", "total"], [1, 10.0], [2, 20.0])
    assert "missing from row 3 on: (3, 30)" in check_tables(EXPECTED, short, ordered=True).message
    long = table(["id", "total"], [1, 10.0], [2, 20.0], [3, 30.0], [4, 40.0])
    assert "extra from row 4 on: (4, 40)" in check_tables(EXPECTED, long, ordered=True).message


def test_duplicates_count_when_order_does_not() -> None:
    doubled = table(["id", "total"], [1, 10.0], [2, 20.0], [3, 30.0], [3, 30.0])
    check = check_tables(EXPECTED, doubled)
    assert not check.ok and "expected 3 rows, got 4" in check.message and "(3, 30)" in check.message
    distinct_lost = table(["id", "total"], [1, 10.0], [2, 20.0])
    assert "missing from yours: (3, 30)" in check_tables(EXPECTED, distinct_lost).message


def test_one_differing_row_is_shown_side_by_side() -> None:
    got = table(["id", "total"], [1, 10.0], [2, 21.0], [3, 30.0])
    assert check_tables(EXPECTED, got).message == "one row differs: expected (2, 20), got (2, 21)"


def test_column_names_are_checked_case_insensitively_when_asked() -> None:
    renamed = table(["ID", "Total"], [1, 10.0], [2, 20.0], [3, 30.0])
    assert check_tables(EXPECTED, renamed).ok
    wrong = table(["id", "sum"], [1, 10.0], [2, 20.0], [3, 30.0])
    check = check_tables(EXPECTED, wrong)
    assert not check.ok and "column 2 is named 'sum'; expected 'total'" in check.message
    assert check_tables(EXPECTED, wrong, check_names=False).ok


def test_a_different_number_of_columns_always_fails() -> None:
    fewer = table(["id"], [1], [2], [3])
    check = check_tables(EXPECTED, fewer, check_names=False)
    assert not check.ok and "expected 2 columns (id, total), got 1 (id)" in check.message


def test_numbers_compare_by_value_within_the_tolerance() -> None:
    exact_types = table(["id", "total"], [1, 10], [2, Decimal("20.00")], [3, 30.0000000001])
    assert check_tables(EXPECTED, exact_types, float_tolerance=1e-6).ok
    off = table(["id", "total"], [1, 10.001], [2, 20.0], [3, 30.0])
    assert not check_tables(EXPECTED, off, float_tolerance=1e-6).ok
    assert check_tables(EXPECTED, off, float_tolerance=1e-3).ok


def test_the_tolerance_is_relative_for_large_numbers() -> None:
    big = table(["x"], [1e9])
    assert check_tables(big, table(["x"], [1e9 + 100]), float_tolerance=1e-6).ok
    assert not check_tables(big, table(["x"], [1e9 + 10000]), float_tolerance=1e-6).ok


def test_values_near_a_rounding_boundary_still_pair_up() -> None:
    expected = table(["x"], [0.4999999999], [7.0])
    got = table(["x"], [7.0], [0.5000000001])
    assert check_tables(expected, got, float_tolerance=1e-6).ok


def test_integers_compare_exactly_and_bool_is_not_a_number() -> None:
    assert not check_tables(table(["n"], [2**60]), table(["n"], [2**60 + 1]), float_tolerance=0.1).ok
    assert not check_tables(table(["b"], [True]), table(["b"], [1])).ok


def test_null_equals_only_null() -> None:
    expected = table(["a", "b"], [1, None], [None, "x"])
    assert check_tables(expected, table(["a", "b"], [None, "x"], [1, None])).ok
    assert not check_tables(expected, table(["a", "b"], [1, 0], [None, "x"])).ok
    assert not check_tables(expected, table(["a", "b"], [1, ""], [None, "x"])).ok
    message = check_tables(expected, table(["a", "b"], [1, 0], [None, "x"]), ordered=True).message
    assert "expected NULL, got 0" in message


def test_a_date_equals_a_timestamp_at_midnight_only() -> None:
    expected = table(["month"], [dt.date(2024, 3, 1)])
    assert check_tables(expected, table(["month"], [dt.datetime(2024, 3, 1)])).ok
    assert not check_tables(expected, table(["month"], [dt.datetime(2024, 3, 1, 0, 0, 1)])).ok
    assert not check_tables(expected, table(["month"], ["2024-03-01"])).ok


def test_strings_are_exact() -> None:
    assert not check_tables(table(["s"], ["abc"]), table(["s"], ["abc "])).ok
    assert not check_tables(table(["s"], ["abc"]), table(["s"], ["ABC"])).ok


def test_empty_results() -> None:
    empty = table(["id", "total"])
    assert check_tables(empty, table(["id", "total"])).ok
    check = check_tables(empty, table(["id", "total"], [1, 1.0]))
    assert not check.ok and "should not be there" in check.message
