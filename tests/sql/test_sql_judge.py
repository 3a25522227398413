"""The SQL judge: hostile queries get a clear verdict and change nothing; verdicts map right."""

from __future__ import annotations

import functools
import time
from pathlib import Path
from typing import Any

import pytest
from sqlkit import cases_of, reference, run_sql

from mlinterview.judge.executors import sql as judge
from mlinterview.judge.grader import Case
from mlinterview.judge.harness import sqlengine
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Report, Verdict

SCHEMA = """
CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    salary INTEGER
);
"""
GOOD = "SELECT name FROM employees WHERE salary > 100"
LIMITS = judge.SqlLimits(time_s=3.0, memory_mb=64)
SHORT = judge.SqlLimits(time_s=0.5, memory_mb=64)
CONTRACT = judge.Contract()


def dataset(name: str, rows: list[list[object]], sample: bool = False) -> judge.Dataset:
    return judge.Dataset(name, {"employees": rows}, is_sample=sample)


DATASETS = [
    dataset("sample", [[1, "Ann", 150], [2, "Bob", 90]], sample=True),
    dataset("nulls", [[1, "Cy", None], [2, "Di", 101]]),
    dataset("empty", []),
]


POOL: list[WorkerPool] = []


@pytest.fixture(autouse=True)
def _pool(pool: WorkerPool) -> None:
    POOL[:] = [pool]  # learner SQL (and the reference) runs in the session's sandboxed workers


@functools.cache
def reference_results() -> tuple[dict[str, Any], ...]:
    return tuple(reference(POOL[0], SCHEMA, DATASETS, GOOD, LIMITS))


def cases() -> list[Case]:
    return cases_of(DATASETS, list(reference_results()))


def run(query: str, limits: judge.SqlLimits = LIMITS, contract: judge.Contract = CONTRACT) -> Report:
    return run_sql(POOL[0], SCHEMA, query, cases(), contract, limits)


def assert_still_judges_normally() -> None:
    report = run(GOOD)
    assert report.verdict is Verdict.ACCEPTED and report.passed == report.total == 3


def test_the_reference_is_accepted_and_a_wrong_query_is_not() -> None:
    assert_still_judges_normally()
    report = run("SELECT name FROM employees WHERE salary >= 90")
    assert report.verdict is Verdict.WRONG_ANSWER
    failure = report.first_failure
    assert failure is not None and failure.case_id == "sample"
    assert failure.got == {"columns": ["name"], "rows": [["Ann"], ["Bob"]]}
    assert failure.expected == {"columns": ["name"], "rows": [["Ann"]]}
    assert "'Bob'" in failure.message
    assert failure.input == [
        {"name": "employees", "columns": ["id", "name", "salary"], "rows": [[1, "Ann", 150], [2, "Bob", 90]]}
    ]


@pytest.mark.hostile
@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/hostname')",
        "SELECT * FROM glob('/*')",
        "SELECT * FROM read_parquet('/tmp/anything.parquet')",
        "SELECT * FROM '/etc/passwd'",
    ],
)
def test_reading_files_is_a_runtime_error(query: str) -> None:
    report = run(query)
    assert report.verdict is Verdict.RUNTIME_ERROR
    failure = report.first_failure
    assert failure is not None and failure.message
    assert "root:" not in failure.message
    assert_still_judges_normally()


@pytest.mark.hostile
@pytest.mark.parametrize(
    "template",
    [
        "ATTACH '{dir}/stolen.db' AS x",
        "COPY employees TO '{dir}/out.csv'",
        "COPY (SELECT 1) TO '{dir}/out.csv'",
        "EXPORT DATABASE '{dir}/export'",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET threads = 4",
        "SET enable_external_access = true",
        "RESET lock_configuration",
        "PRAGMA enable_profiling",
        "SET VARIABLE secret = 1",
        "CREATE TABLE {name} AS SELECT 1",
        "DROP TABLE employees",
        "INSERT INTO employees VALUES (9, 'Eve', 1)",
        "UPDATE employees SET salary = 0",
        "CALL pragma_version()",
        "CHECKPOINT",
        "EXPLAIN SELECT 1",
    ],
)
def test_statements_other_than_select_are_refused(template: str, tmp_path: Path) -> None:
    query = template.format(dir=tmp_path, name="t2")
    report = run(query)
    assert report.verdict is Verdict.RUNTIME_ERROR, report.message
    assert "not allowed" in report.message and not report.cases
    assert list(tmp_path.iterdir()) == []
    assert_still_judges_normally()


@pytest.mark.hostile
def test_a_copy_inside_a_select_cannot_write(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    for query in (f"SELECT * FROM (COPY employees TO '{target}')", f"SELECT * FROM read_csv('{target}')"):
        report = run(query)
        assert report.verdict in (Verdict.SYNTAX_ERROR, Verdict.RUNTIME_ERROR)
    assert not target.exists()


@pytest.mark.hostile
def test_data_changing_ctes_are_refused() -> None:
    report = run("WITH gone AS (DELETE FROM employees RETURNING *) SELECT name FROM gone")
    assert report.verdict is Verdict.RUNTIME_ERROR and "DELETE" in report.message
    report = run("WITH x AS (INSERT INTO employees VALUES (9, 'Eve', 500) RETURNING *) SELECT name FROM x")
    assert report.verdict is Verdict.RUNTIME_ERROR and "INSERT" in report.message
    assert_still_judges_normally()


@pytest.mark.hostile
def test_a_setting_cannot_be_changed_through_a_select() -> None:
    report = run("SELECT current_setting('enable_external_access') AS name")
    assert report.verdict is Verdict.WRONG_ANSWER
    assert report.cases[0].got == {"columns": ["name"], "rows": [[False]]}


@pytest.mark.hostile
def test_a_runaway_recursive_query_is_stopped_in_time() -> None:
    started = time.monotonic()
    report = run(
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) AS name FROM r",
        limits=SHORT,
    )
    elapsed = time.monotonic() - started
    assert report.verdict is Verdict.TIME_LIMIT
    assert [c.verdict for c in report.cases] == [Verdict.TIME_LIMIT, Verdict.SKIPPED, Verdict.SKIPPED]
    assert elapsed < SHORT.time_s + 3
    assert_still_judges_normally()


@pytest.mark.hostile
def test_a_huge_cross_join_is_stopped() -> None:
    report = run("SELECT count(*) AS name FROM range(1000000000) a, range(1000000000) b", limits=SHORT)
    assert report.verdict in (Verdict.TIME_LIMIT, Verdict.MEMORY_LIMIT)


@pytest.mark.hostile
def test_running_out_of_memory_is_a_memory_limit() -> None:
    report = run("SELECT list(range) AS name FROM range(200000000)")
    assert report.verdict is Verdict.MEMORY_LIMIT
    assert_still_judges_normally()


@pytest.mark.hostile
def test_a_sort_larger_than_memory_does_not_spill_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # DuckDB's default spill folder is ./.tmp
    report = run(
        "SELECT count(*) AS name FROM (SELECT range, random() AS r FROM range(30000000) ORDER BY r)",
        limits=judge.SqlLimits(time_s=5.0, memory_mb=64),
    )
    assert report.verdict is Verdict.MEMORY_LIMIT
    assert list(tmp_path.iterdir()) == []


@pytest.mark.hostile
def test_too_many_rows_or_too_long_values_are_an_output_limit() -> None:
    report = run("SELECT range AS name FROM range(1000000)")
    assert report.verdict is Verdict.OUTPUT_LIMIT and "10,000 rows" in report.message
    report = run(f"SELECT repeat('x', {sqlengine.MAX_CELL_CHARS + 1}) AS name")
    assert report.verdict is Verdict.OUTPUT_LIMIT
    wide = ", ".join(f"repeat('x', 5000) AS c{i}" for i in range(8))  # 400 MB in all
    report = run(f"SELECT {wide} FROM range(10000)", limits=judge.SqlLimits(time_s=10.0, memory_mb=256))
    assert report.verdict is Verdict.OUTPUT_LIMIT and "MB" in report.message


def test_a_pivot_needs_its_values_listed() -> None:
    report = run("PIVOT employees ON name USING sum(salary)")
    assert report.verdict is Verdict.RUNTIME_ERROR and "IN (" in report.message
    report = run("SELECT \"Ann\" AS name FROM (PIVOT employees ON name IN ('Ann') USING sum(salary))")
    assert report.verdict is Verdict.WRONG_ANSWER


def test_several_statements_are_refused() -> None:
    report = run(f"{GOOD}; {GOOD}")
    assert report.verdict is Verdict.SYNTAX_ERROR and "2 statements" in report.message
    report = run("SELECT 1; DROP TABLE employees")
    assert report.verdict is Verdict.SYNTAX_ERROR
    assert_still_judges_normally()


@pytest.mark.parametrize("query", ["", "   ", "-- only a comment", ";"])
def test_an_empty_submission_is_a_syntax_error(query: str) -> None:
    report = run(query)
    assert report.verdict is Verdict.SYNTAX_ERROR and "no SQL statement" in report.message


def test_a_trailing_semicolon_and_comments_are_fine() -> None:
    report = run(f"-- my answer\n{GOOD};  -- done\n")
    assert report.verdict is Verdict.ACCEPTED


def test_a_parse_error_is_a_syntax_error_with_the_position() -> None:
    report = run("SELECT name FROM employees WHERE salary >")
    assert report.verdict is Verdict.SYNTAX_ERROR
    assert "LINE 1" in report.message and "^" in report.message


def test_a_binder_error_is_a_runtime_error_with_duckdbs_message() -> None:
    report = run("SELECT nme FROM employees")
    assert report.verdict is Verdict.RUNTIME_ERROR
    failure = report.first_failure
    assert failure is not None and "nme" in failure.message and "Binder Error" in failure.message


def test_a_conversion_error_on_one_dataset_only_is_that_datasets_runtime_error() -> None:
    report = run(
        "SELECT CAST(100 / (salary - 101) AS VARCHAR) AS name FROM employees "
        "WHERE CAST('x' || salary AS INTEGER) > 0"
    )
    assert report.verdict is Verdict.RUNTIME_ERROR
    assert [c.verdict for c in report.cases][-1] is Verdict.ACCEPTED  # the empty dataset


def test_wrong_column_names_are_reported_by_name() -> None:
    report = run("SELECT name AS who FROM employees WHERE salary > 100")
    assert report.verdict is Verdict.WRONG_ANSWER and "'who'" in report.message and "'name'" in report.message
    relaxed = judge.Contract(check_names=False)
    assert run("SELECT name AS who FROM employees WHERE salary > 100", contract=relaxed).is_accepted


def test_a_hard_coded_answer_fails_on_a_hidden_dataset() -> None:
    sample_answer = cases()[0].expected
    report = run(judge.literal_query(sample_answer))
    assert report.cases[0].verdict is Verdict.ACCEPTED
    assert report.verdict is Verdict.WRONG_ANSWER and report.first_failure.case_id == "nulls"


def test_only_the_first_failing_hidden_dataset_is_shown() -> None:
    report = run("SELECT 'nobody' AS name")
    shown = [c.case_id for c in report.cases if c.has_details]
    assert shown == ["sample", "nulls"]
    data = report.to_dict()
    assert "input" not in data["cases"][2]


def test_keep_going_false_stops_at_the_first_failure() -> None:
    report = run_sql(POOL[0], SCHEMA, "SELECT 'x' AS name", cases(), CONTRACT, LIMITS, keep_going=False)
    assert [c.verdict for c in report.cases] == [Verdict.WRONG_ANSWER, Verdict.SKIPPED, Verdict.SKIPPED]


def test_a_broken_pack_is_an_error_of_the_pack() -> None:
    broken = judge.Dataset("bad", {"employees": [[1, "Ann"]]})
    with pytest.raises(RuntimeError, match="expected 3 values"):
        reference(POOL[0], SCHEMA, [broken], GOOD)
    yaml_surprise = judge.Dataset("norway", {"employees": [[1, False, 10]]})
    with pytest.raises(RuntimeError, match="not text"):
        reference(POOL[0], SCHEMA, [yaml_surprise], GOOD)
    with pytest.raises(RuntimeError, match="reference failed"):
        reference(POOL[0], SCHEMA, DATASETS[:1], "SELECT nope FROM employees")


def test_results_are_json_ready() -> None:
    result = reference(
        POOL[0],
        SCHEMA,
        DATASETS[:1],
        (
            "SELECT DATE '2024-01-02' AS d, TIMESTAMP '2024-01-02 03:04:05' AS t, 1.50::DECIMAL(5, 2) AS x, "
            "'nan'::DOUBLE AS n, [1, 2] AS l, INTERVAL 3 DAY AS i, NULL AS z"
        ),
    )[0]
    table = judge.json_table(result)
    assert table["rows"] == [
        ["2024-01-02", "2024-01-02 03:04:05", 1.5, "nan", [1, 2], "3 days, 0:00:00", None]
    ]
