"""The SQL track's judge: the only place that runs SQL, the pack's and the learner's.

Every query runs on a fresh in-memory DuckDB connection holding one dataset and nothing else:
no file system, no extensions, one thread, a memory limit, and a configuration locked before
the learner's text is executed. The learner's text must be exactly one read-only SELECT (or
``WITH ... SELECT``); it runs under a wall-clock timer that interrupts the connection, and at
most ``MAX_ROWS`` rows are fetched. Results are compared with ``checkers.tables`` under the
problem's result contract, one case per dataset.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import duckdb

from mlinterview.judge.checkers.tables import check_tables
from mlinterview.judge.verdicts import CaseResult, Report, Verdict

MAX_ROWS = 10_000  # rows fetched from a learner's query
MAX_COLUMNS = 100
MAX_CELL_CHARS = 10_000  # characters in one text value (items in one list value)
MAX_RESULT_BYTES = 16 * 2**20  # the whole result, roughly
_BATCH = 256  # rows converted to Python at a time
SHOWN_ROWS = 50  # rows of a result kept in a report
SHOWN_INPUT_ROWS = 20  # rows of each input table kept in a report
_FATAL = {Verdict.TIME_LIMIT, Verdict.MEMORY_LIMIT}
_WORD = re.compile(r"[A-Za-z_]+")
_CREATE_TABLE = re.compile(
    r"\bCREATE\s+(?:OR\s+REPLACE\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\"?)(\w+)\1", re.IGNORECASE
)
_WRITES = {"insert", "update", "delete", "merge", "truncate"}
_ONLY_SELECT = (
    "write one SELECT query (WITH ... SELECT is fine): statements that change data, "
    "settings or files ({kind}) are not allowed here"
)
_MULTI = (
    "this statement runs several statements behind the scenes (a PIVOT without an IN list first "
    "creates a type); list the values instead: PIVOT t ON col IN ('a', 'b') USING sum(x)"
)
_FILES = (
    "reading or writing files, attaching databases and installing or loading extensions "
    "are disabled in the judge; use the tables of the dataset. DuckDB said: "
)


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
    con: duckdb.DuckDBPyConnection
    columns: dict[str, list[str]] = field(default_factory=dict)  # table -> column names


@dataclass
class Outcome:
    verdict: Verdict | None  # None: the query ran and returned ``result``
    result: dict[str, Any] | None = None
    message: str = ""
    time_s: float = 0.0


class PackError(Exception):
    """The pack's own SQL failed: the problem's fault. ``source`` is the file to blame."""

    def __init__(self, message: str, source: str = "datasets.yaml") -> None:
        super().__init__(message)
        self.source = source


# -- connections ----------------------------------------------------------------------------------
def sandbox(memory_mb: int = 256) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(
        ":memory:",
        config={
            "enable_external_access": False,
            "threads": 1,
            "memory_limit": f"{memory_mb}MB",
            "autoload_known_extensions": False,
            "autoinstall_known_extensions": False,
            "temp_directory": "",  # no spilling to disk: a big sort runs out of memory instead
        },
    )


def load(schema: str, dataset: Dataset, memory_mb: int = 256) -> Loaded:
    """A fresh connection holding ``dataset`` under ``schema``, configuration locked."""
    con = sandbox(memory_mb)
    try:
        columns = _populate(con, schema, dataset)
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return Loaded(con, columns)


def _populate(
    con: duckdb.DuckDBPyConnection, schema: str, dataset: Dataset, check_types: bool = False
) -> dict[str, list[str]]:
    try:
        con.execute(schema)
    except duckdb.Error as exc:
        raise PackError(f"schema.sql failed: {exc}", "schema.sql") from None
    types = _column_types(con, schema)
    for table, rows in dataset.tables.items():
        if table not in types:
            raise PackError(
                f"dataset {dataset.id!r}: no table {table!r} in schema.sql (tables: {', '.join(types)})"
            )
        _insert(con, dataset.id, table, types[table], rows, check_types)
    return {name: [c for c, _ in cols] for name, cols in types.items()}


def table_names(schema: str) -> list[str]:
    """The tables ``schema`` creates, in order (a regular expression: the catalog functions
    cost tens of milliseconds on a fresh connection)."""
    return list(dict.fromkeys(m.group(2) for m in _CREATE_TABLE.finditer(schema)))


def _column_types(con: duckdb.DuckDBPyConnection, schema: str) -> dict[str, list[tuple[str, str]]]:
    found = {}
    for table in table_names(schema):
        try:
            description = con.execute(f'SELECT * FROM "{table}" LIMIT 0').description or []
        except duckdb.Error as exc:
            raise PackError(f"schema.sql: cannot read table {table}: {exc}", "schema.sql") from None
        found[table] = [(str(d[0]), str(d[1])) for d in description]
    return found


def _insert(
    con: duckdb.DuckDBPyConnection,
    dataset_id: str,
    table: str,
    columns: list[tuple[str, str]],
    rows: list[list[Any]],
    check_types: bool,
) -> None:
    if not rows:
        return
    for i, row in enumerate(rows):
        if not isinstance(row, list | tuple) or len(row) != len(columns):
            raise PackError(
                f"dataset {dataset_id!r}, table {table}, row {i + 1}: expected "
                f"{len(columns)} values ({', '.join(c for c, _ in columns)}), got {row!r}"
            )
        for (name, kind), value in zip(columns, row, strict=True) if check_types else ():
            problem = _type_problem(kind, value)
            if problem:
                raise PackError(
                    f"dataset {dataset_id!r}, table {table}, row {i + 1}, column {name}: {problem}"
                )
    values = [list(column) for column in zip(*rows, strict=True)]
    select = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    try:
        con.execute(f'INSERT INTO "{table}" SELECT {select}', values)
    except duckdb.Error as exc:
        raise PackError(f"dataset {dataset_id!r}, table {table}: {exc}") from None


def _type_problem(kind: str, value: Any) -> str:
    """Catches YAML's surprises (NO read as false, 10:30 read as 630) before DuckDB casts them."""
    if value is None:
        return ""
    kind = kind.upper()
    if kind in ("VARCHAR", "TEXT") and not isinstance(value, str):
        return f"{value!r} is not text (quote it in YAML)"
    if isinstance(value, bool) != (kind == "BOOLEAN"):
        return f"{value!r} does not fit a {kind} column"
    if kind in ("INTEGER", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT") and not isinstance(value, int):
        return f"{value!r} is not an integer"
    if (kind in ("DOUBLE", "FLOAT", "REAL") or kind.startswith("DECIMAL")) and not isinstance(
        value, int | float
    ):
        return f"{value!r} is not a number"
    if kind in ("DATE", "TIMESTAMP") and not isinstance(value, dt.date | str):
        return f"{value!r} is not a date"
    return ""


# -- the learner's text ------------------------------------------------------------------------
def check_text(sql: str, con: duckdb.DuckDBPyConnection | None = None) -> tuple[Verdict, str] | None:
    """Refuses what is not exactly one read-only SELECT, before anything runs (parsing only,
    on ``con`` if given)."""
    own = con is None
    con = sandbox(64) if con is None else con
    try:
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as exc:
            return Verdict.SYNTAX_ERROR, str(exc)
        if not statements:
            return Verdict.SYNTAX_ERROR, "no SQL statement found: write one SELECT query"
        if len(statements) > 1:
            return Verdict.SYNTAX_ERROR, (
                f"found {len(statements)} statements; submit exactly one SELECT query "
                "(remove the extra ones or the semicolon between them)"
            )
        if statements[0].type.name == "MULTI":
            return Verdict.RUNTIME_ERROR, _MULTI
        if statements[0].type.name != "SELECT":
            first = _WORD.search(statements[0].query)
            kind = first.group().upper() if first else statements[0].type.name
            return Verdict.RUNTIME_ERROR, _ONLY_SELECT.format(kind=kind)
        for offset, token in duckdb.tokenize(sql):
            word = _WORD.match(sql, offset) if token.name == "keyword" else None
            if word and word.group().lower() in _WRITES:
                return Verdict.RUNTIME_ERROR, _ONLY_SELECT.format(
                    kind=word.group().upper() + " inside a query"
                )
        return None
    finally:
        if own:
            con.close()


def run_query(con: duckdb.DuckDBPyConnection, sql: str, time_s: float) -> Outcome:
    """Run one SELECT under a wall-clock timer; fetch at most ``MAX_ROWS`` rows."""
    timer = threading.Timer(time_s, con.interrupt)
    timer.daemon = True
    started = time.perf_counter()
    timer.start()
    try:
        cursor = con.execute(sql)
        columns = [str(d[0]) for d in cursor.description or []]
        rows, too_big = _fetch(cursor, columns)
    except duckdb.InterruptException:
        return Outcome(Verdict.TIME_LIMIT, message=f"ran longer than {time_s:g} s", time_s=time_s)
    except (duckdb.OutOfMemoryException, MemoryError) as exc:
        return Outcome(
            Verdict.MEMORY_LIMIT,
            message=f"ran out of memory: {str(exc).splitlines()[0]}",
            time_s=time.perf_counter() - started,
        )
    except duckdb.ParserException as exc:
        return Outcome(Verdict.SYNTAX_ERROR, message=str(exc), time_s=time.perf_counter() - started)
    except duckdb.PermissionException as exc:
        return Outcome(Verdict.RUNTIME_ERROR, message=_FILES + str(exc), time_s=time.perf_counter() - started)
    except duckdb.Error as exc:
        return Outcome(Verdict.RUNTIME_ERROR, message=str(exc), time_s=time.perf_counter() - started)
    except Exception as exc:  # a value the driver cannot convert
        return Outcome(
            Verdict.RUNTIME_ERROR,
            message=f"the result could not be read: {exc}",
            time_s=time.perf_counter() - started,
        )
    finally:
        timer.cancel()
    elapsed = time.perf_counter() - started
    if too_big:
        return Outcome(Verdict.OUTPUT_LIMIT, message=too_big, time_s=elapsed)
    return Outcome(None, {"columns": columns, "rows": [list(r) for r in rows]}, time_s=elapsed)


def _fetch(cursor: duckdb.DuckDBPyConnection, columns: list[str]) -> tuple[list[Any], str]:
    """Rows in small batches, stopping as soon as the result breaks a cap: (rows, why)."""
    if len(columns) > MAX_COLUMNS:
        return [], f"your query returned {len(columns)} columns; at most {MAX_COLUMNS} are read"
    rows: list[Any] = []
    size = 0
    while batch := cursor.fetchmany(_BATCH):
        rows.extend(batch)
        if len(rows) > MAX_ROWS:
            return (
                rows,
                f"your query returned more than {MAX_ROWS:,} rows; the answer has fewer (a missing join?)",
            )
        for row in batch:
            for value in row:
                if isinstance(value, str | bytes | list | dict) and len(value) > MAX_CELL_CHARS:
                    return (
                        rows,
                        f"a value in your result is longer than {MAX_CELL_CHARS:,} characters or items",
                    )
                size += _size(value)
        if size > MAX_RESULT_BYTES:
            return rows, f"your result is larger than {MAX_RESULT_BYTES // 2**20} MB"
    return rows, ""


def _size(value: Any) -> int:
    if isinstance(value, str | bytes):
        return len(value) + 16
    if isinstance(value, list | tuple):
        return 16 + sum(_size(v) for v in value)
    if isinstance(value, dict):
        return 16 + sum(_size(k) + _size(v) for k, v in value.items())
    return 16


# -- judging ------------------------------------------------------------------------------------
def judge(
    schema: str,
    query: str,
    cases: list[SqlCase],
    contract: Contract,
    limits: SqlLimits,
    *,
    keep_going: bool = True,
) -> Report:
    """Judge ``query`` on every case's dataset. A time-out or out-of-memory skips the rest;
    ``keep_going=False`` also stops at the first other failure."""
    first = _load_case(schema, cases[0], limits) if cases else None
    refused = check_text(query, first.con if isinstance(first, Loaded) else None)
    if refused is not None:
        if isinstance(first, Loaded):
            first.con.close()
        return Report(refused[0], 0, len(cases), message=refused[1])
    results: list[CaseResult] = []
    shown_failure = stop = False
    for n, case in enumerate(cases):
        if stop:
            results.append(CaseResult(case.dataset.id, Verdict.SKIPPED, is_sample=case.dataset.is_sample))
            continue
        loaded = first if n == 0 else _load_case(schema, case, limits)
        assert loaded is not None
        result, loaded_columns, got = _judge_case(loaded, query, case, contract, limits)
        failed = result.verdict is not Verdict.ACCEPTED
        if case.dataset.is_sample or (failed and not shown_failure):
            result.has_details = True
            result.input = input_tables(case.dataset, loaded_columns)
            result.expected = json_table(case.expected)
            result.got = json_table(got) if got is not None else None
            shown_failure = shown_failure or (failed and not case.dataset.is_sample)
        results.append(result)
        stop = result.verdict in _FATAL or (failed and not keep_going)
    passed = sum(r.verdict is Verdict.ACCEPTED for r in results)
    failure = next((r for r in results if r.verdict not in (Verdict.ACCEPTED, Verdict.SKIPPED)), None)
    return Report(
        failure.verdict if failure else Verdict.ACCEPTED,
        passed,
        len(results),
        results,
        message=failure.message if failure else "",
        time_s=round(max((r.time_s for r in results), default=0.0), 6),
    )


def _load_case(schema: str, case: SqlCase, limits: SqlLimits) -> Loaded | str:
    try:
        return load(schema, case.dataset, limits.memory_mb)
    except PackError as exc:
        return f"the problem's dataset failed to load: {exc}"


def _judge_case(
    loaded: Loaded | str, query: str, case: SqlCase, contract: Contract, limits: SqlLimits
) -> tuple[CaseResult, dict[str, list[str]], dict[str, Any] | None]:
    result = CaseResult(case.dataset.id, Verdict.ACCEPTED, is_sample=case.dataset.is_sample)
    if isinstance(loaded, str):
        result.verdict, result.message = Verdict.INTERNAL_ERROR, loaded
        return result, {}, None
    try:
        outcome = run_query(loaded.con, query, limits.time_s)
    finally:
        loaded.con.close()
    result.time_s = round(outcome.time_s, 6)
    if outcome.verdict is not None:
        result.verdict, result.message = outcome.verdict, outcome.message
        return result, loaded.columns, None
    assert outcome.result is not None
    check = check_tables(
        case.expected,
        outcome.result,
        ordered=contract.ordered,
        check_names=contract.check_names,
        float_tolerance=contract.float_tolerance,
    )
    if not check.ok:
        result.verdict, result.message = Verdict.WRONG_ANSWER, check.message
    return result, loaded.columns, outcome.result


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
            _populate(con, schema, dataset, check_types=True)
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
