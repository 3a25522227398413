"""The SQL executor: learner SQL is one read-only SELECT, a case is a dataset it runs on.

Every query, the learner's and the pack's own (references, the sample tables), runs in a
sandboxed child forked from a warm worker through the one grading loop (``judge/grader.py``):
same uid, limits, namespaces and wall-clock kill as Python. The child side
(``harness/sqlrunner.py``, which the worker imports with DuckDB on its first SQL job) refuses
anything but one read-only SELECT, loads each dataset into a fresh locked DuckDB connection
(``harness/sqlengine.py``), runs the query under DuckDB's own interrupt timer and sends the
result back as tagged JSON (``harness/sqlwire.py``) within the caps. This process never imports
DuckDB: it compares results with ``checkers.tables`` under the problem's result contract.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from mlinterview.judge import static
from mlinterview.judge.checkers.base import Check
from mlinterview.judge.checkers.tables import check_tables
from mlinterview.judge.execution import Limits
from mlinterview.judge.harness import sqlwire

SHOWN_ROWS = 50  # rows of a result kept in a report
SHOWN_INPUT_ROWS = 20  # rows of each input table kept in a report
GRACE_S = 0.5  # past DuckDB's own interrupt, the judge kills the child (one uninterruptible call)
HEADROOM_MB = 128  # the child's memory on top of DuckDB's limit: its strings, lists, conversions
# Address space DuckDB's allocator reserves beyond what it uses (~580 MB on connecting and up to
# ~1 GB while a result streams, whatever its memory limit; measured on Linux), which the
# per-process address-space cap must leave room for. Real memory is checked on its own: a job
# whose peak resident memory passes memory_mb + HEADROOM_MB gets memory_limit.
DUCKDB_RESERVED_MB = 1024
LOAD_TIMEOUT_S = 10.0


@dataclass
class Dataset:
    id: str
    tables: dict[str, list[list[Any]]]  # table name -> rows, in the schema's column order
    is_sample: bool = False


@dataclass
class Contract:
    ordered: bool = False
    check_names: bool = True
    float_tolerance: float = 1e-6


@dataclass
class SqlLimits:
    time_s: float = 2.0
    memory_mb: int = 256


@dataclass
class SqlTask:
    """A query to judge (or, ``dump``, the tables themselves to read back) on a schema."""

    schema: str
    code: str  # the query
    contract: Contract = field(default_factory=Contract)
    limits: SqlLimits = field(default_factory=SqlLimits)
    dump: bool = False  # answer each dataset with its tables as DuckDB stores them (trusted use)

    worker = "sql"
    engine = "the SQL engine"
    child_time = True  # the child loads each dataset before running the query: time the query only

    @property
    def time_limit_s(self) -> float:
        return self.limits.time_s

    @property
    def case_timeout_s(self) -> float:
        return self.limits.time_s + GRACE_S

    @property
    def load_timeout_s(self) -> float:
        return LOAD_TIMEOUT_S

    @property
    def memory_cap_mb(self) -> float:
        return float(self.limits.memory_mb + HEADROOM_MB)

    def refuse(self) -> tuple[str, str] | None:
        # What is not one read-only SELECT is refused by the child, which has the parser.
        problem = static.text_problem(self.code, "query")
        return None if problem is None else (problem.kind, problem.message)

    def job_limits(self) -> Limits:
        return Limits(
            time_s=self.case_timeout_s,
            memory_mb=self.limits.memory_mb + HEADROOM_MB + DUCKDB_RESERVED_MB,
            stack_mb=0,
            nproc=16,
            harness="sql",
        )

    def load_message(self, marker: str, *, trusted: bool = False, timing: bool = False) -> dict[str, Any]:
        header = {
            "schema": self.schema,
            "query": self.code,
            "time_s": self.limits.time_s,
            "memory_mb": self.limits.memory_mb,
            "dump": self.dump,
            "trusted": trusted,
        }
        return {"sql": header}

    def decode(self, value: Any) -> dict[str, Any]:
        if self.dump:
            return {str(name): decode_result(table) for name, table in value["tables"].items()}
        result = decode_result(value)
        tables = value.get("tables")
        if isinstance(tables, dict):
            result["tables"] = {str(k): [str(c) for c in v] for k, v in tables.items() if isinstance(v, list)}
        return result

    def check(self, args: list[Any], expected: Any, got: Any, deadline: float | None) -> Check:
        return check_tables(
            expected,
            got,
            ordered=self.contract.ordered,
            check_names=self.contract.check_names,
            float_tolerance=self.contract.float_tolerance,
        )

    def details(self, args: list[Any], expected: Any, got: Any) -> tuple[Any, Any, Any]:
        tables = {name: sqlwire.rows_from_wire(rows) for name, rows in args[0].items()}
        columns = got.get("tables") if isinstance(got, dict) else None
        shown = input_tables(tables, columns or {name: [] for name in tables})
        return shown, json_table(expected), json_table(got) if got is not None else None


def case_args(dataset: Dataset) -> list[Any]:
    """A dataset as a case's arguments: its tables, values tagged for the wire."""
    return [{name: sqlwire.rows_to_wire(rows) for name, rows in dataset.tables.items()}]


def decode_result(value: Any) -> dict[str, Any]:
    """``{"columns", "rows"}`` off the wire, with DuckDB's values (dates, decimals) rebuilt."""
    return {"columns": [str(c) for c in value["columns"]], "rows": sqlwire.rows_from_wire(value["rows"])}


# -- values for reports -------------------------------------------------------------------------
def jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Decimal):
        return (
            int(value)
            if value == value.to_integral_value() and value.as_tuple().exponent == 0
            else float(value)
        )
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dt.timedelta | uuid.UUID):
        return str(value)
    return str(value)


def json_table(result: dict[str, Any], max_rows: int = SHOWN_ROWS) -> dict[str, Any]:
    rows = result["rows"]
    table: dict[str, Any] = {
        "columns": list(result["columns"]),
        "rows": [jsonable(r) for r in rows[:max_rows]],
    }
    if len(rows) > max_rows:
        table["total_rows"] = len(rows)
    return table


def input_tables(tables: dict[str, list[list[Any]]], columns: dict[str, list[str]]) -> list[dict[str, Any]]:
    """A dataset as a report shows it: every table, its first ``SHOWN_INPUT_ROWS`` rows."""
    shown = []
    for name, names in columns.items():
        table = json_table({"columns": names, "rows": tables.get(name, [])}, SHOWN_INPUT_ROWS)
        shown.append({"name": name, **table})
    return shown


def literal_query(result: dict[str, Any]) -> str:
    """A query that returns ``result`` whatever the data: what a hard-coded answer looks like."""
    names = ", ".join('"' + str(c).replace('"', '""') + '"' for c in result["columns"])
    if not result["rows"]:
        nulls = ", ".join(f"NULL AS {n}" for n in names.split(", "))
        return f"SELECT {nulls} WHERE false"
    rows = ", ".join("(" + ", ".join(_literal(v) for v in row) + ")" for row in result["rows"])
    return f"SELECT * FROM (VALUES {rows}) AS answer({names})"


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"'{value}'::DOUBLE"
    if isinstance(value, dt.datetime):
        return f"TIMESTAMP '{value.isoformat(sep=' ')}'"
    if isinstance(value, dt.date):
        return f"DATE '{value.isoformat()}'"
    return "'" + str(value).replace("'", "''") + "'"
