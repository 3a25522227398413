"""SQL values cross the sandbox's pipe as tagged JSON and come back as DuckDB returned them."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mlinterview.judge.harness import protocol, sqlwire

VALUES: list[Any] = [
    None,
    True,
    7,
    2**70,
    1.5,
    float("inf"),
    "text, with 'quotes'",
    Decimal("1.50"),
    dt.date(2024, 1, 2),
    dt.datetime(2024, 1, 2, 3, 4, 5, 6),
    dt.datetime(2024, 1, 2, 3, 4, tzinfo=dt.UTC),
    dt.time(10, 30),
    dt.timedelta(days=3, seconds=5, microseconds=7),
    uuid.UUID("12345678-1234-5678-1234-567812345678"),
    b"\x00\xff",
    [1, [2, None]],
    {"k": [1, 2], "n": {"deep": Decimal("2")}},
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_a_value_survives_the_wire_with_its_type(value: Any) -> None:
    back = sqlwire.from_wire(protocol.decode(protocol.encode(sqlwire.to_wire(value))))
    assert back == value and type(back) is type(value)


def test_nan_survives_too() -> None:
    back = sqlwire.from_wire(protocol.decode(protocol.encode(sqlwire.to_wire(float("nan")))))
    assert back != back


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["__sql__", "v", "x"]), inner, max_size=3)
        | st.fixed_dictionaries(
            {
                "__sql__": st.sampled_from(
                    ["decimal", "date", "datetime", "time", "interval", "uuid", "blob", "struct", "text", "?"]
                ),
                "v": inner,
            }
        )
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_fuzz_a_malformed_result_only_raises_value_error(value: Any) -> None:
    try:
        sqlwire.from_wire(value)
    except ValueError:
        pass


def test_rows_must_be_lists() -> None:
    with pytest.raises(ValueError):
        sqlwire.rows_from_wire({"rows": 1})
    assert sqlwire.rows_from_wire(json.loads("[[1, null]]")) == [[1, None]]
