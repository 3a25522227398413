"""The SQL track's use cases: its datasets as cases, the task for a query, the sample tables.

Datasets come from the pack (``datasets.yaml`` and the seeded ``gen.py``); a case is a dataset,
and its expected result is the reference's answer on it, computed in the sandbox like any other
query (``services/cases.py`` keeps them, in memory and on disk, by the pack's content). Judging
and proving go through the one judge (``judge/grader.py`` with ``judge/executors/sql.py``); what
is particular to SQL here is only data: the contract, the limits, the track's proving rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mlinterview.catalog import Problem
from mlinterview.catalog.loader import read_yaml
from mlinterview.catalog.sqlpack import load_datasets, read_tables
from mlinterview.errors import ContentError
from mlinterview.judge import packcode
from mlinterview.judge.executors import sql as sqlexec
from mlinterview.judge.grader import Case, collect
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict
from mlinterview.memo import MEMO

if TYPE_CHECKING:
    from mlinterview.services.context import Context
    from mlinterview.services.validate import ProblemCheck

PACK_FILES = ("problem.yaml", "schema.sql", "datasets.yaml", "solution.sql", "gen.py")


@dataclass
class SampleTable:
    name: str
    columns: list[str]
    rows: list[list[Any]]


def contract(problem: Problem) -> sqlexec.Contract:
    return sqlexec.Contract(
        ordered=problem.extra["ordered"],
        check_names=problem.extra["check_names"],
        float_tolerance=problem.extra["float_tolerance"],
    )


def limits(problem: Problem) -> sqlexec.SqlLimits:
    return sqlexec.SqlLimits(time_s=problem.time_s, memory_mb=problem.memory_mb)


def task(problem: Problem, query: str, *, dump: bool = False) -> sqlexec.SqlTask:
    return sqlexec.SqlTask(problem.read("schema.sql"), query, contract(problem), limits(problem), dump=dump)


def datasets(problem: Problem) -> list[sqlexec.Dataset]:
    """The sample first, then the hidden datasets of datasets.yaml, then gen.py's (pure data:
    reading them runs no SQL), made once per version of the pack."""
    from mlinterview.services.cases import pack_digest

    return MEMO.get(
        ("sql-datasets", str(problem.path), pack_digest(problem)), lambda: _read_datasets(problem)
    )


def _read_datasets(problem: Problem) -> list[sqlexec.Dataset]:
    sample, hidden = load_datasets(problem, read_yaml(problem.file("datasets.yaml")))
    found = [sqlexec.Dataset("sample", sample, is_sample=True)]
    found += [sqlexec.Dataset(i, tables) for i, tables in hidden]
    if problem.has_generator:
        found += _generated(problem)
    ids = [d.id for d in found]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise ContentError(problem.file("gen.py"), f"dataset id {duplicate!r} is used twice", "generate")
    return found


def _generated(problem: Problem) -> list[sqlexec.Dataset]:
    path = problem.file("gen.py")
    generate = packcode.load(path).get("generate")
    if not callable(generate):
        raise ContentError(path, "defines no generate() function", "generate")
    found = []
    try:
        items = list(generate())
    except Exception as exc:
        raise ContentError(path, f"generate() failed: {type(exc).__name__}: {exc}") from None
    for n, item in enumerate(items):
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
            raise ContentError(path, f"item {n} must be (dataset_id, {{table: rows}})", "generate")
        found.append(sqlexec.Dataset(item[0], read_tables(path, item[1], f"generate[{item[0]}].")))
    return found


def dataset_inputs(problem: Problem) -> list[tuple[str, list[Any], bool]]:
    """Every dataset as a case's (id, arguments, is_sample)."""
    return [(d.id, sqlexec.case_args(d), d.is_sample) for d in datasets(problem)]


def sample_tables(ctx: Context, problem: Problem) -> list[SampleTable]:
    """The sample dataset the learner sees, every table of the schema in order, as DuckDB
    stores it (read back in the sandbox: this process has no DuckDB)."""
    from mlinterview.services.cases import pack_digest, problem_cases

    def read() -> list[SampleTable]:
        sample = problem_cases(ctx.catalog, problem, ctx.pool, ctx.config.cache_dir, samples_only=True)[0]
        return _read_back(ctx.pool, problem, sample)

    return MEMO.get(("sample-tables", str(problem.path), pack_digest(problem)), read)


def _read_back(pool: WorkerPool, problem: Problem, sample: Case) -> list[SampleTable]:
    try:
        tables = collect(pool, task(problem, "", dump=True), [(sample.id, sample.args)])[0]
    except RuntimeError as exc:
        raise ContentError(problem.file("datasets.yaml"), str(exc)) from None
    return [
        SampleTable(name, t["columns"], [sqlexec.jsonable(r) for r in t["rows"]])
        for name, t in tables.items()
    ]


def prove_rules(problem: Problem, cases: list[Case], check: ProblemCheck) -> list[tuple[str, str, Verdict]]:
    """The SQL track's proving rules on top of every track's (``services/validate.py``), and the
    extra solutions to judge: a hard-coded copy of the sample's answer must get wrong_answer
    (the hidden datasets must differ from the sample enough to catch hard-coding)."""
    from mlinterview.services.validate_rules import check_sql_constraints, check_sql_promises

    if not cases[0].expected["rows"]:
        check.problems.append("the reference returns no rows on the sample: show the learner a real answer")
    if problem.extra["ordered"] and "order by" not in " ".join(problem.solution.lower().split()):
        check.problems.append("result.ordered is true but solution.sql has no ORDER BY")
    check_sql_promises(problem, check)
    check_sql_constraints(problem, datasets(problem), check)
    literal = sqlexec.literal_query(cases[0].expected)
    return [("a hard-coded copy of the sample's answer", literal, Verdict.WRONG_ANSWER)]
