"""DuckDB as the SQL track runs it: a locked-down connection, a dataset, one checked query.

Used only inside the sandboxed child (``sqlrunner.py``), for the learner's query and the pack's
trusted SQL (references, sample tables) alike, so it imports nothing but the standard library
and DuckDB; the judge's process never imports it. Every connection is fresh and in memory: no
file system, no extensions, one thread, a memory limit, a home folder that exists nowhere, and a
configuration locked before any learner text runs. Outcomes are plain dicts with a verdict
name, not the judge's types.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
import time
from typing import Any

import duckdb

MAX_ROWS = 10_000  # rows fetched from a learner's query
MAX_COLUMNS = 100
MAX_CELL_CHARS = 10_000  # characters in one text value (items in one list value)
MAX_RESULT_BYTES = 16 * 2**20  # the whole result, roughly
BATCH = 64  # rows converted to Python at a time
NEUTRAL_HOME = "/nonexistent"  # what duckdb_settings() shows for every path setting

_WORD = re.compile(r"[A-Za-z_]+")
_CREATE_TABLE = re.compile(
    r"\bCREATE\s+(?:OR\s+REPLACE\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\"?)(\w+)\1", re.IGNORECASE
)
_WRITES = {"insert", "update", "delete", "merge", "truncate"}
_ONLY_SELECT = (
    "write one SELECT query (WITH ... SELECT is fine): statements that change data, "
    "settings or files are not allowed here; found: {statement}"
)
_MULTI = (
    "this statement runs several statements behind the scenes (a PIVOT without an IN list first "
    "creates a type); list the values instead: PIVOT t ON col IN ('a', 'b') USING sum(x)"
)
FILES = (
    "reading or writing files, attaching databases and installing or loading extensions "
    "are disabled in the judge; use the tables of the dataset. DuckDB said: "
)


class PackError(Exception):
    """The pack's own SQL failed: the problem's fault. ``source`` is the file to blame."""

    def __init__(self, message: str, source: str = "datasets.yaml") -> None:
        super().__init__(message)
        self.source = source


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
            "home_directory": NEUTRAL_HOME,
            "secret_directory": NEUTRAL_HOME,
            "extension_directory": NEUTRAL_HOME,
        },
    )


def only_tables(schema: str) -> bool:
    """Whether ``schema`` creates tables and nothing else: then one connection can serve every
    dataset (its tables dropped and created again), which costs far less than a new one."""
    statements = [s.strip() for s in re.sub(r"--[^\n]*", "", schema).split(";") if s.strip()]
    return bool(statements) and all(_CREATE_TABLE.match(s) for s in statements)


def reload(
    con: duckdb.DuckDBPyConnection,
    schema: str,
    dataset_id: str,
    tables: dict[str, list[list[Any]]],
    check_types: bool = False,
) -> dict[str, list[str]]:
    """The next dataset on a connection that held one (see :func:`only_tables`)."""
    for table in table_names(schema):
        con.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')
    return populate(con, schema, dataset_id, tables, check_types)


def table_names(schema: str) -> list[str]:
    """The tables ``schema`` creates, in order (a regular expression: the catalog functions
    cost tens of milliseconds on a fresh connection)."""
    return list(dict.fromkeys(m.group(2) for m in _CREATE_TABLE.finditer(schema)))


def populate(
    con: duckdb.DuckDBPyConnection,
    schema: str,
    dataset_id: str,
    tables: dict[str, list[list[Any]]],
    check_types: bool = False,
) -> dict[str, list[str]]:
    """Create the schema and insert the dataset; returns table -> column names."""
    try:
        con.execute(schema)
    except duckdb.Error as exc:
        raise PackError(f"schema.sql failed: {exc}", "schema.sql") from None
    types = _column_types(con, schema)
    for table, rows in tables.items():
        if table not in types:
            raise PackError(
                f"dataset {dataset_id!r}: no table {table!r} in schema.sql (tables: {', '.join(types)})"
            )
        _insert(con, dataset_id, table, types[table], rows, check_types)
    return {name: [c for c, _ in cols] for name, cols in types.items()}


def load(
    schema: str,
    dataset_id: str,
    tables: dict[str, list[list[Any]]],
    memory_mb: int = 256,
    con: duckdb.DuckDBPyConnection | None = None,
    check_types: bool = False,
) -> Any:
    """A connection holding the dataset, configuration locked: (connection, columns). ``con``,
    if given, must be a fresh :func:`sandbox` connection nothing has run on. ``check_types``
    refuses values YAML typed differently from the column (the pack's datasets, checked when
    the reference runs on them)."""
    con = sandbox(memory_mb) if con is None else con
    try:
        columns = populate(con, schema, dataset_id, tables, check_types)
        con.execute("SET lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con, columns


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
def check_text(sql: str, con: duckdb.DuckDBPyConnection) -> tuple[str, str] | None:
    """Refuses what is not exactly one read-only SELECT, before anything runs (parsing only):
    (verdict, message) or None."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        return "syntax_error", str(exc)
    if not statements:
        return "syntax_error", "no SQL statement found: write one SELECT query"
    if len(statements) > 1:
        return "syntax_error", (
            f"found {len(statements)} statements; submit exactly one SELECT query "
            "(remove the extra ones or the semicolon between them)"
        )
    if statements[0].type.name == "MULTI":
        return "runtime_error", _MULTI
    if statements[0].type.name != "SELECT":
        return "runtime_error", _ONLY_SELECT.format(statement=quote_statement(sql))
    for offset, token in duckdb.tokenize(sql):
        word = _WORD.match(sql, offset) if token.name == "keyword" else None
        if word and word.group().lower() in _WRITES:
            return "runtime_error", _ONLY_SELECT.format(
                statement=f"{word.group().upper()} inside a query ({quote_statement(sql)})"
            )
    return None


def quote_statement(sql: str, limit: int = 80) -> str:
    """The statement itself, for a message: comments dropped, whitespace folded, cut short."""
    tokens = duckdb.tokenize(sql)
    ends = [offset for offset, _ in tokens[1:]] + [len(sql)]
    parts = [
        sql[offset:end] for (offset, kind), end in zip(tokens, ends, strict=True) if kind.name != "comment"
    ]
    text = " ".join(" ".join(parts).split()).rstrip(";").strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


# -- running -----------------------------------------------------------------------------------
def run_query(con: duckdb.DuckDBPyConnection, sql: str, time_s: float) -> dict[str, Any]:
    """Run one SELECT under a wall-clock timer, fetch within the caps.

    Returns ``{"verdict": None, "columns", "rows", "time_s"}`` or ``{"verdict", "message",
    "time_s"}`` with a verdict name (time_limit, memory_limit, output_limit, ...).
    """
    timer = threading.Timer(time_s, con.interrupt)
    timer.daemon = True
    started = time.perf_counter()
    timer.start()

    def failed(verdict: str, message: str) -> dict[str, Any]:
        return {"verdict": verdict, "message": message, "time_s": time.perf_counter() - started}

    try:
        cursor = con.execute(sql)
        columns = [str(d[0]) for d in cursor.description or []]
        rows, too_big = _fetch(cursor, columns)
    except duckdb.InterruptException:
        return {"verdict": "time_limit", "message": f"ran longer than {time_s:g} s", "time_s": time_s}
    except (duckdb.OutOfMemoryException, MemoryError) as exc:
        return failed("memory_limit", f"ran out of memory: {(str(exc).splitlines() or [''])[0]}")
    except duckdb.ParserException as exc:
        return failed("syntax_error", str(exc))
    except duckdb.PermissionException as exc:
        return failed("runtime_error", FILES + str(exc))
    except duckdb.Error as exc:
        if "memory" in str(exc).lower() and "alloc" in str(exc).lower():
            return failed("memory_limit", f"ran out of memory: {str(exc).splitlines()[0]}")
        return failed("runtime_error", str(exc))
    except Exception as exc:  # a value the driver cannot convert
        return failed("runtime_error", f"the result could not be read: {exc}")
    finally:
        timer.cancel()
    elapsed = time.perf_counter() - started
    if too_big:
        return {"verdict": "output_limit", "message": too_big, "time_s": elapsed}
    return {"verdict": None, "columns": columns, "rows": [list(r) for r in rows], "time_s": elapsed}


def _fetch(cursor: duckdb.DuckDBPyConnection, columns: list[str]) -> tuple[list[Any], str]:
    """Rows in small batches, stopping as soon as the result breaks a cap: (rows, why)."""
    if len(columns) > MAX_COLUMNS:
        return [], f"your query returned {len(columns)} columns; at most {MAX_COLUMNS} are read"
    rows: list[Any] = []
    size = 0
    while batch := cursor.fetchmany(BATCH):
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


def neutral_folder() -> None:
    """Leave the job folder before connecting: DuckDB shows its working folder in settings."""
    try:
        os.chdir("/")
    except OSError:
        pass
