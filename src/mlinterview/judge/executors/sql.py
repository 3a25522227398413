"""The SQL track's judge: the pack's SQL runs here, the learner's in a sandboxed child.

A learner's query never runs in this process. It goes to a warm worker like a Python
submission (same job path: uid, limits, namespaces, wall-clock kill; ``harness/sqlrunner.py``
on the child side), which refuses anything but one read-only SELECT, then runs it on a fresh
locked DuckDB connection per dataset (``harness/sqlengine.py``) and sends the result back as
tagged JSON within the answer caps. Results are compared here with ``checkers.tables`` under
the problem's result contract, one case per dataset. The pack's own SQL (references, sample
tables) is trusted and runs in this process on the same locked-down connections.
"""

from __future__ import annotations

import datetime as dt
import math
import signal
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from mlinterview.judge.checkers.tables import check_tables
from mlinterview.judge.execution import Execution, Limits, Outcome
from mlinterview.judge.harness import sqlengine, sqlwire
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import CaseResult, Report, Verdict

# The caps a result is fetched within (in the child, before anything reaches this process).
MAX_ROWS = sqlengine.MAX_ROWS
MAX_COLUMNS = sqlengine.MAX_COLUMNS
MAX_CELL_CHARS = sqlengine.MAX_CELL_CHARS
MAX_RESULT_BYTES = sqlengine.MAX_RESULT_BYTES
PackError = sqlengine.PackError
table_names = sqlengine.table_names
sandbox = sqlengine.sandbox

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
_FATAL = {Verdict.TIME_LIMIT, Verdict.MEMORY_LIMIT, Verdict.OUTPUT_LIMIT, Verdict.INTERNAL_ERROR}
_CHILD_VERDICTS = {v.value: v for v in Verdict if v not in (Verdict.ACCEPTED, Verdict.SKIPPED)}


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
class SqlCase:
    dataset: Dataset
    expected: dict[str, Any]  # {"columns": [...], "rows": [[...]]} with DuckDB's values


@dataclass
class Loaded:
    con: Any  # a DuckDB connection
    columns: dict[str, list[str]]  # table -> column names


@dataclass
class _Outcome:
    verdict: Verdict | None  # None: the query ran and returned ``result``
    result: dict[str, Any] | None = None
    message: str = ""
    time_s: float = 0.0


class _SqlJob(Limits):
    """A job's limits that also tell the worker to run the SQL harness."""

    def for_worker(self, cases: int) -> dict[str, Any]:
        return {**super().for_worker(cases), "harness": "sql"}


# -- the pack's trusted SQL, in this process ------------------------------------------------------
def load(schema: str, dataset: Dataset, memory_mb: int = 256) -> Loaded:
    """A fresh connection holding ``dataset`` under ``schema``, configuration locked."""
    con, columns = sqlengine.load(schema, dataset.id, dataset.tables, memory_mb)
    return Loaded(con, columns)


def run_query(con: Any, sql: str, time_s: float) -> _Outcome:
    """Run one trusted SELECT under a wall-clock timer; fetch within the caps."""
    outcome = sqlengine.run_query(con, sql, time_s)
    if outcome["verdict"] is not None:
        return _Outcome(Verdict(outcome["verdict"]), message=outcome["message"], time_s=outcome["time_s"])
    result = {"columns": outcome["columns"], "rows": outcome["rows"]}
    return _Outcome(None, result, time_s=outcome["time_s"])


def run_trusted(
    schema: str, datasets: list[Dataset], sql: str, limits: SqlLimits | None = None
) -> list[dict[str, Any]]:
    """The pack's reference on each dataset: the results, or :class:`PackError`.

    Pack SQL is trusted, so one connection serves every dataset (the tables are dropped and
    re-created in between); a connection costs far more than a small dataset.
    """
    limits = limits or SqlLimits()
    results = []
    con = sandbox(limits.memory_mb)
    try:
        for dataset in datasets:
            for table in table_names(schema):
                con.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')
            sqlengine.populate(con, schema, dataset.id, dataset.tables, check_types=True)
            outcome = run_query(con, sql, max(limits.time_s * 5, 10.0))
            if outcome.verdict is not None or outcome.result is None:
                raise PackError(
                    f"the reference failed on dataset {dataset.id!r}: {outcome.message}", "solution.sql"
                )
            results.append(outcome.result)
    finally:
        con.close()
    return results


def dataset_tables(schema: str, dataset: Dataset) -> list[dict[str, Any]]:
    """Every table of the schema with the dataset's rows, as DuckDB stores them."""
    loaded = load(schema, dataset)
    try:
        return [
            {
                "name": name,
                "columns": columns,
                "rows": [list(r) for r in loaded.con.execute(f'SELECT * FROM "{name}"').fetchall()],
            }
            for name, columns in loaded.columns.items()
        ]
    finally:
        loaded.con.close()


# -- the learner's query, in a sandboxed child ---------------------------------------------------
def judge(
    pool: WorkerPool,
    schema: str,
    query: str,
    cases: list[SqlCase],
    contract: Contract,
    limits: SqlLimits,
    *,
    keep_going: bool = True,
) -> Report:
    """Judge ``query`` on every case's dataset in one sandboxed child. A time-out, running out
    of memory or an over-cap result skips the rest; ``keep_going=False`` also stops at the
    first other failure."""
    job = _SqlJob(
        time_s=limits.time_s + GRACE_S,
        memory_mb=limits.memory_mb + HEADROOM_MB + DUCKDB_RESERVED_MB,
        stack_mb=0,
        nproc=16,
    )
    execution = Execution(pool.worker(), job, len(cases))
    try:
        header = {"schema": schema, "query": query, "time_s": limits.time_s, "memory_mb": limits.memory_mb}
        load_outcome = execution.request({"sql": header}, LOAD_TIMEOUT_S)
        if load_outcome.status != "ok" or not load_outcome.message.get("ready"):
            return _refused(execution, load_outcome, limits, len(cases))
        results: list[CaseResult] = []
        shown_failure = stop = False
        for case in cases:
            if stop:
                results.append(CaseResult(case.dataset.id, Verdict.SKIPPED, is_sample=case.dataset.is_sample))
                continue
            result, columns, got = _run_case(execution, case, contract, limits)
            failed = result.verdict is not Verdict.ACCEPTED
            if case.dataset.is_sample or (failed and not shown_failure):
                result.has_details = True
                result.input = input_tables(case.dataset, columns)
                result.expected = json_table(case.expected)
                result.got = json_table(got) if got is not None else None
                shown_failure = shown_failure or (failed and not case.dataset.is_sample)
            results.append(result)
            stop = result.verdict in _FATAL or (failed and not keep_going)
    finally:
        if not execution.finished:
            execution.finish(kill=True)
    passed = sum(r.verdict is Verdict.ACCEPTED for r in results)
    failure = next((r for r in results if r.verdict not in (Verdict.ACCEPTED, Verdict.SKIPPED)), None)
    verdict = failure.verdict if failure else Verdict.ACCEPTED
    message = failure.message if failure else ""
    memory = round(execution.memory_mb, 1)
    if verdict is Verdict.ACCEPTED and memory > limits.memory_mb + HEADROOM_MB:
        verdict, message = Verdict.MEMORY_LIMIT, f"used {memory:g} MB, more than {limits.memory_mb} MB"
    if verdict is Verdict.ACCEPTED and passed != len(cases):
        verdict, message = Verdict.INTERNAL_ERROR, "not every case was judged"
    return Report(
        verdict,
        passed,
        len(results),
        results,
        message=message,
        time_s=round(max((r.time_s for r in results), default=0.0), 6),
        memory_mb=memory,
    )


def _refused(execution: Execution, outcome: Outcome, limits: SqlLimits, total: int) -> Report:
    refused = outcome.message.get("refused") if outcome.status == "ok" else None
    if isinstance(refused, dict) and refused.get("verdict") in _CHILD_VERDICTS:
        execution.finish()
        return Report(_CHILD_VERDICTS[refused["verdict"]], 0, total, message=str(refused.get("message", "")))
    verdict, message = _failure(execution, outcome, limits)
    return Report(verdict, 0, total, message=f"checking your query: {message}")


def _run_case(
    execution: Execution, case: SqlCase, contract: Contract, limits: SqlLimits
) -> tuple[CaseResult, dict[str, list[str]], dict[str, Any] | None]:
    dataset = case.dataset
    result = CaseResult(dataset.id, Verdict.ACCEPTED, is_sample=dataset.is_sample)
    columns: dict[str, list[str]] = {name: [] for name in dataset.tables}
    wire = {name: sqlwire.rows_to_wire(rows) for name, rows in dataset.tables.items()}
    outcome = execution.request({"case": dataset.id, "tables": wire}, limits.time_s + GRACE_S)
    message = outcome.message
    if outcome.status != "ok" or message.get("case") != dataset.id or "fatal" in message:
        result.verdict, result.message = _failure(execution, outcome, limits)
        result.time_s = round(limits.time_s if result.verdict is Verdict.TIME_LIMIT else outcome.time_s, 6)
        return result, columns, None
    child_s = message.get("time_s")
    result.time_s = round(
        min(float(child_s), outcome.time_s) if isinstance(child_s, int | float) else outcome.time_s, 6
    )
    if not message.get("ok"):
        verdict = _CHILD_VERDICTS.get(str(message.get("verdict")), Verdict.INTERNAL_ERROR)
        result.verdict, result.message = verdict, str(message.get("message", ""))
        if verdict is Verdict.INTERNAL_ERROR:
            result.message = f"the problem's dataset failed to load: {result.message}"
        if verdict is Verdict.TIME_LIMIT:
            result.time_s = limits.time_s
        return result, columns, None
    try:
        got = {
            "columns": [str(c) for c in message["columns"]],
            "rows": sqlwire.rows_from_wire(message["rows"]),
        }
        tables = message.get("tables")
        if isinstance(tables, dict):
            columns = {str(k): [str(c) for c in v] for k, v in tables.items() if isinstance(v, list)}
    except Exception as exc:  # fail closed on a result that does not read back
        result.verdict, result.message = (
            Verdict.INTERNAL_ERROR,
            f"the query's result could not be read: {exc}",
        )
        execution.finish(kill=True)
        return result, columns, None
    check = check_tables(
        case.expected,
        got,
        ordered=contract.ordered,
        check_names=contract.check_names,
        float_tolerance=contract.float_tolerance,
    )
    if not check.ok:
        result.verdict, result.message = Verdict.WRONG_ANSWER, check.message
    return result, columns, got


def _failure(execution: Execution, outcome: Outcome, limits: SqlLimits) -> tuple[Verdict, str]:
    """The verdict when the child did not answer normally."""
    if outcome.status == "timeout":
        return Verdict.TIME_LIMIT, f"ran longer than {limits.time_s:g} s"
    if outcome.status == "output_limit":
        return Verdict.OUTPUT_LIMIT, str(outcome.message.get("message") or "the result is too large")
    if outcome.status == "ok" and outcome.message.get("fatal") == "memory_limit":
        execution.finish(kill=True)
        return Verdict.MEMORY_LIMIT, f"ran out of memory (more than {limits.memory_mb} MB)"
    if outcome.status == "died":
        exit_info = execution.finish()
        if exit_info.get("error") or exit_info.get("worker_died"):
            return Verdict.INTERNAL_ERROR, str(exit_info.get("error") or "the judge's worker stopped")
        status = exit_info.get("status")
        if execution.memory_mb >= (limits.memory_mb + HEADROOM_MB) * 0.9 or status == -signal.SIGABRT:
            return Verdict.MEMORY_LIMIT, f"ran out of memory (more than {limits.memory_mb} MB)"
        return Verdict.RUNTIME_ERROR, f"the SQL engine stopped while running your query (status {status})"
    execution.finish(kill=True)
    detail = outcome.message.get("message") or outcome.message.get("fatal") or outcome.status
    return Verdict.INTERNAL_ERROR, f"the SQL judge failed: {str(detail)[-500:]}"


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


def input_tables(dataset: Dataset, columns: dict[str, list[str]]) -> list[dict[str, Any]]:
    """The dataset as a report shows it: every table, its first ``SHOWN_INPUT_ROWS`` rows."""
    tables = []
    for name, names in columns.items():
        table = json_table({"columns": names, "rows": dataset.tables.get(name, [])}, SHOWN_INPUT_ROWS)
        tables.append({"name": name, **table})
    return tables


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
