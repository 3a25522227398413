"""The SQL problems: every pack loads, proves itself, and its statement matches its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sql_statement
import yaml

from mlinterview.catalog import Catalog, Problem
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.errors import ContentError
from mlinterview.judge.grader import Case
from mlinterview.services import sql
from mlinterview.services.cases import problem_cases
from mlinterview.services.context import Context
from mlinterview.services.validate import validate_problem

CATALOG = Catalog([BUILTIN_CONTENT])
PROBLEMS = CATALOG.problems("sql")
SLUGS = [p.slug for p in PROBLEMS]
REQUIRED_TOPICS = {
    "filtering",
    "inner-join",
    "left-join",
    "full-outer-join",
    "right-join",
    "self-join",
    "anti-join",
    "semi-join",
    "cross-join",
    "aggregation",
    "having",
    "scalar-subquery",
    "correlated-subquery",
    "exists",
    "cte",
    "recursive-cte",
    "row-number",
    "rank",
    "dense-rank",
    "top-n-per-group",
    "running-total",
    "moving-average",
    "lag",
    "lead",
    "gaps-and-islands",
    "deduplication",
    "pivot",
    "conditional-aggregation",
    "date-arithmetic",
    "retention",
    "funnel",
    "median",
    "percentile",
}


def test_there_are_at_least_thirty_problems_and_none_fails_to_load() -> None:
    assert len(PROBLEMS) >= 30
    assert [e for e in CATALOG.errors if "/sql/" in e.path.replace("\\", "/")] == []


def test_the_topics_cover_the_syllabus() -> None:
    topics = {t for p in PROBLEMS for t in p.topics}
    assert REQUIRED_TOPICS - topics == set()
    assert any("WITH RECURSIVE" in p.solution.upper() for p in PROBLEMS)


@pytest.mark.parametrize("slug", SLUGS)
def test_pack_shape(slug: str) -> None:
    problem = CATALOG.get(slug)
    assert problem.track == "sql" and problem.id == f"sql.{slug}"
    assert len(problem.hints.hints) >= 3 and problem.hints.follow_ups
    assert problem.solutions_in("wrong")
    assert problem.has_generator
    found = sql.datasets(problem)
    assert found[0].is_sample and len(found) - 1 >= 5
    assert problem.starter.strip().endswith(";")


@pytest.mark.parametrize("slug", SLUGS)
def test_statement_matches_the_pack(slug: str, ctx: Context) -> None:
    problem = CATALOG.get(slug)
    assert problem.statement == sql_statement.render(ctx, problem), (
        f"statement.md of {slug} is out of date: run python tests/sql/sql_statement.py {slug}"
    )


@pytest.mark.slow
@pytest.mark.parametrize("slug", SLUGS)
def test_every_problem_proves_itself(slug: str, ctx: Context) -> None:
    """Reference accepted, starter rejected, every wrong/*.sql and a hard-coded copy of the
    sample's answer get wrong_answer (so the hidden datasets catch hard-coding)."""
    ctx.__dict__["catalog"] = CATALOG
    check = validate_problem(ctx, CATALOG.get(slug))
    assert check.problems == []
    assert check.checks >= 4


def test_sample_tables_are_what_the_learner_sees(ctx: Context) -> None:
    problem = CATALOG.get("second-highest-salary")
    tables = sql.sample_tables(ctx, problem)
    assert [t.name for t in tables] == ["employees"]
    assert tables[0].columns == ["id", "name", "salary"]
    assert tables[0].rows[0] == [1, "Amara", 72000]
    dated = sql.sample_tables(ctx, CATALOG.get("filter-recent-signups"))
    assert dated[0].rows[0][3] == "2023-03-14"


# -- broken packs --------------------------------------------------------------------------------
@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "sql" / "second-highest-salary"
    shutil.copytree(BUILTIN_CONTENT / "sql" / "second-highest-salary", folder)
    return folder


def edit_yaml(path: Path, **changes: object) -> None:
    data = yaml.safe_load(path.read_text())
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    path.write_text(yaml.safe_dump(data))


def load(folder: Path) -> Problem:
    catalog = Catalog([folder.parent.parent])
    problems = catalog.problems("sql")
    if catalog.errors:
        raise catalog.errors[0]
    return problems[0]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"result": None}, "result", "is required"),
        ({"result": {"ordered": "yes", "check_names": True}}, "result.ordered", "must be a bool"),
        ({"result": {"ordered": False}}, "result.check_names", "is required"),
        (
            {"result": {"ordered": False, "check_names": True, "float_tolerance": -1}},
            "result.float_tolerance",
            "at least 0",
        ),
        ({"colour": "red"}, "colour", "unknown field"),
        ({"id": "sql.other"}, "id", "must be 'sql.second-highest-salary'"),
        ({"schema": 2}, "schema", "newer"),
        ({"limits": {"time_s": 0}}, "limits.time_s", "between"),
    ],
)
def test_problem_yaml_errors_name_the_file_and_field(
    pack: Path, changes: dict, field: str, words: str
) -> None:
    edit_yaml(pack / "problem.yaml", **changes)
    with pytest.raises(ContentError) as info:
        load(pack)
    assert info.value.path.endswith("problem.yaml") and info.value.field == field
    assert words in str(info.value)


def test_a_missing_file_is_named(pack: Path) -> None:
    (pack / "schema.sql").unlink()
    with pytest.raises(ContentError, match=r"schema\.sql: is missing"):
        load(pack)


def all_cases(ctx: Context, problem: Problem) -> list[Case]:
    return problem_cases(ctx.catalog, problem, ctx.pool, ctx.config.cache_dir)


def test_datasets_yaml_errors_name_the_file_and_field(pack: Path, ctx: Context) -> None:
    problem = load(pack)
    edit_yaml(
        pack / "datasets.yaml",
        hidden=[{"id": "a", "tables": {"employees": []}}, {"id": "a", "tables": {"employees": []}}],
    )
    with pytest.raises(ContentError) as info:
        sql.datasets(problem)
    assert info.value.path.endswith("datasets.yaml") and info.value.field == "hidden[1].id"
    edit_yaml(pack / "datasets.yaml", hidden=[{"id": "b", "tables": {"employees": [[1, "Ann"]]}}])
    with pytest.raises(ContentError, match="dataset 'b', table employees, row 1: expected 3 values"):
        all_cases(ctx, problem)
    edit_yaml(pack / "datasets.yaml", hidden=[{"id": "c", "tables": {"staff": []}}])
    with pytest.raises(ContentError, match="no table 'staff'"):
        all_cases(ctx, problem)


def test_a_failing_reference_blames_solution_sql(pack: Path, ctx: Context) -> None:
    (pack / "solution.sql").write_text("SELECT missing_column FROM employees;\n")
    problem = load(pack)
    with pytest.raises(ContentError) as info:
        all_cases(ctx, problem)
    assert info.value.path.endswith("solution.sql") and "missing_column" in str(info.value)


def test_prove_reports_a_wrong_solution_that_is_accepted(pack: Path, ctx: Context) -> None:
    (pack / "wrong" / "actually-right.sql").write_text((pack / "solution.sql").read_text())
    problem = load(pack)
    ctx.__dict__["catalog"] = Catalog([pack.parent.parent])
    check = validate_problem(ctx, problem)
    assert check.problems == ["wrong/actually-right.sql got accepted, expected wrong_answer"]
