"""SQL values on the wire: DuckDB's Python types as tagged JSON, and back.

The judge sends a dataset's rows to the SQL child and gets a result back through the JSON
protocol, which knows no dates or decimals. A value JSON cannot carry travels as
``{"__sql__": kind, "v": ...}``; decoding rebuilds exactly what DuckDB returned, so results
compare with the reference's as if they had never left the process. Standard library only
(imported by the child as well as the judge); anything unexpected raises ``ValueError``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

TAG = "__sql__"


def to_wire(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    if isinstance(value, dict):
        return {TAG: "struct", "v": [[to_wire(k), to_wire(v)] for k, v in value.items()]}
    if isinstance(value, Decimal):
        return {TAG: "decimal", "v": str(value)}
    if isinstance(value, dt.datetime):
        return {TAG: "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {TAG: "date", "v": value.isoformat()}
    if isinstance(value, dt.time):
        return {TAG: "time", "v": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {TAG: "interval", "v": [value.days, value.seconds, value.microseconds]}
    if isinstance(value, uuid.UUID):
        return {TAG: "uuid", "v": str(value)}
    if isinstance(value, bytes | bytearray | memoryview):
        return {TAG: "blob", "v": bytes(value).hex()}
    return {TAG: "text", "v": str(value)}


def from_wire(value: Any) -> Any:
    """Inverse of :func:`to_wire`; anything malformed raises ``ValueError`` and nothing else."""
    try:
        return _from_wire(value)
    except ValueError:
        raise
    except (ArithmeticError, TypeError, RecursionError, AttributeError) as exc:
        raise ValueError(f"not a SQL value: {type(exc).__name__}") from None


def _from_wire(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [_from_wire(v) for v in value]
    if not isinstance(value, dict) or set(value) != {TAG, "v"}:
        raise ValueError(f"not a SQL value: {type(value).__name__}")
    kind, raw = value[TAG], value["v"]
    if kind == "struct":
        if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 for p in raw):
            raise ValueError("a struct must be a list of pairs")
        return {_key(_from_wire(k)): _from_wire(v) for k, v in raw}
    if kind == "interval":
        if not (isinstance(raw, list) and len(raw) == 3 and all(type(x) is int for x in raw)):
            raise ValueError("an interval must be [days, seconds, microseconds]")
        return dt.timedelta(days=raw[0], seconds=raw[1], microseconds=raw[2])
    if not isinstance(raw, str):
        raise ValueError(f"a {kind} must be written as text")
    if kind == "decimal":
        return Decimal(raw)
    if kind == "datetime":
        return dt.datetime.fromisoformat(raw)
    if kind == "date":
        return dt.date.fromisoformat(raw)
    if kind == "time":
        return dt.time.fromisoformat(raw)
    if kind == "uuid":
        return uuid.UUID(raw)
    if kind == "blob":
        return bytes.fromhex(raw)
    if kind == "text":
        return raw
    raise ValueError(f"unknown SQL value kind {kind!r}")


def _key(value: Any) -> Any:
    if isinstance(value, list | dict):
        raise ValueError("a struct key must be a plain value")
    return value


def rows_to_wire(rows: list[list[Any]]) -> list[Any]:
    return [to_wire(list(row)) for row in rows]


def rows_from_wire(rows: Any) -> list[list[Any]]:
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise ValueError("rows must be a list of lists")
    return [from_wire(r) for r in rows]
