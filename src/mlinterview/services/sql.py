"""The SQL track's use cases: judge a query, prove a problem, show its sample tables.

Datasets come from the pack (``datasets.yaml`` and the seeded ``gen.py``); expected results
are the reference's answers on each dataset, computed once per process. The SQL itself runs in
``judge.sql`` (a learner's query in a sandboxed child of the context's worker pool).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mlinterview.catalog import Problem
from mlinterview.catalog.loader import read_yaml
from mlinterview.catalog.sqlpack import load_datasets, read_tables
from mlinterview.errors import ContentError
from mlinterview.judge import packcode
from mlinterview.judge import sql as sqljudge
from mlinterview.judge.verdicts import Report, Verdict
from mlinterview.services.context import Context
from mlinterview.services.validate_rules import check_sql_constraints, check_sql_headroom, check_sql_promises

if TYPE_CHECKING:
    from mlinterview.services.validate import ProblemCheck

MIN_HIDDEN = 3  # hidden datasets (hand-written and generated) every problem keeps
_PACK_FILES = ("problem.yaml", "schema.sql", "datasets.yaml", "solution.sql", "gen.py")
_lock = threading.Lock()
_datasets: dict[tuple[str, str], list[sqljudge.Dataset]] = {}
_expected: dict[tuple[str, str, str], dict[str, Any]] = {}


@dataclass
class SampleTable:
    name: str
    columns: list[str]
    rows: list[list[Any]]


def contract(problem: Problem) -> sqljudge.Contract:
    return sqljudge.Contract(
        ordered=problem.extra["ordered"],
        check_names=problem.extra["check_names"],
        float_tolerance=problem.extra["float_tolerance"],
    )


def limits(problem: Problem) -> sqljudge.SqlLimits:
    return sqljudge.SqlLimits(time_s=problem.time_s, memory_mb=problem.memory_mb)


def _digest(problem: Problem) -> str:
    digest = hashlib.sha256()
    for name in _PACK_FILES:
        path = problem.file(name)
        digest.update(path.read_bytes() if path.is_file() else b"-")
    digest.update(packcode.helpers_digest(problem.file("gen.py")).encode())
    return digest.hexdigest()[:16]


def datasets(problem: Problem, *, samples_only: bool = False) -> list[sqljudge.Dataset]:
    """The sample first, then the hidden datasets of datasets.yaml, then gen.py's."""
    key = (str(problem.path), _digest(problem))
    with _lock:
        cached = _datasets.get(key)
    if cached is None:
        cached = _read_datasets(problem)
        with _lock:
            _datasets[key] = cached
    return cached[:1] if samples_only else list(cached)


def _read_datasets(problem: Problem) -> list[sqljudge.Dataset]:
    sample, hidden = load_datasets(problem, read_yaml(problem.file("datasets.yaml")))
    found = [sqljudge.Dataset("sample", sample, is_sample=True)]
    found += [sqljudge.Dataset(i, tables) for i, tables in hidden]
    if problem.has_generator:
        found += _generated(problem)
    ids = [d.id for d in found]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise ContentError(problem.file("gen.py"), f"dataset id {duplicate!r} is used twice", "generate")
    return found


def _generated(problem: Problem) -> list[sqljudge.Dataset]:
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
        found.append(sqljudge.Dataset(item[0], read_tables(path, item[1], f"generate[{item[0]}].")))
    return found


def expected(problem: Problem, found: list[sqljudge.Dataset]) -> list[dict[str, Any]]:
    """The reference's result on each dataset (cached for the life of the process)."""
    digest = _digest(problem)
    keys = [(str(problem.path), digest, d.id) for d in found]
    with _lock:
        missing = [d for d, key in zip(found, keys, strict=True) if key not in _expected]
    if missing:
        try:
            results = sqljudge.run_trusted(
                problem.read("schema.sql"), missing, problem.solution, limits(problem)
            )
        except sqljudge.PackError as exc:
            raise ContentError(problem.file(exc.source), str(exc)) from None
        with _lock:
            for d, result in zip(missing, results, strict=True):
                _expected[(str(problem.path), digest, d.id)] = result
    with _lock:
        return [_expected[key] for key in keys]


def cases(problem: Problem, *, samples_only: bool = False) -> list[sqljudge.SqlCase]:
    found = datasets(problem, samples_only=samples_only)
    return [sqljudge.SqlCase(d, e) for d, e in zip(found, expected(problem, found), strict=True)]


def judge_sql(
    ctx: Context, problem: Problem, code: str, *, samples_only: bool = False, keep_going: bool = True
) -> Report:
    return sqljudge.judge(
        ctx.pool,
        problem.read("schema.sql"),
        code,
        cases(problem, samples_only=samples_only),
        contract(problem),
        limits(problem),
        keep_going=keep_going,
    )


def sample_tables(ctx: Context, problem: Problem) -> list[SampleTable]:
    """The sample dataset the learner sees: every table of the schema, in order."""
    sample = datasets(problem, samples_only=True)[0]
    try:
        tables = sqljudge.dataset_tables(problem.read("schema.sql"), sample)
    except sqljudge.PackError as exc:
        raise ContentError(problem.file(exc.source), str(exc)) from None
    return [SampleTable(t["name"], t["columns"], [sqljudge.jsonable(r) for r in t["rows"]]) for t in tables]


def prove_sql(ctx: Context, problem: Problem, check: ProblemCheck) -> None:
    """The reference passes every dataset, the starter fails, and every wrong/*.sql and a
    hard-coded copy of the sample's answer get wrong_answer (the hidden datasets must differ
    from the sample enough to catch hard-coding)."""
    all_cases = cases(problem)
    hidden = len(all_cases) - 1
    if hidden < MIN_HIDDEN:
        check.problems.append(f"has {hidden} hidden datasets; sql needs {MIN_HIDDEN}")
    if not problem.solutions_in("wrong"):
        check.problems.append("keeps no wrong/ solution")
    if not all_cases[0].expected["rows"]:
        check.problems.append("the reference returns no rows on the sample: show the learner a real answer")
    if problem.extra["ordered"] and "order by" not in " ".join(problem.solution.lower().split()):
        check.problems.append("result.ordered is true but solution.sql has no ORDER BY")
    check_sql_promises(problem, check)
    check_sql_constraints(problem, datasets(problem), check)
    schema = problem.read("schema.sql")

    def expect(label: str, code: str, wanted: Verdict | None) -> None:
        report = sqljudge.judge(
            ctx.pool, schema, code, all_cases, contract(problem), limits(problem), keep_going=False
        )
        check.checks += 1
        check.times[label] = report.time_s
        if wanted is None:
            if report.verdict is Verdict.ACCEPTED:
                check.problems.append(f"{label} is accepted but must fail")
        elif report.verdict is not wanted:
            failure = report.first_failure
            if failure:
                where = f" on dataset {failure.case_id!r}: {failure.message[:300]}"
            else:
                where = f": {report.message[:300]}" if report.message else ""
            check.problems.append(f"{label} got {report.verdict.value}, expected {wanted.value}{where}")

    expect("solution.sql", problem.solution, Verdict.ACCEPTED)
    check_sql_headroom(ctx, problem, check)
    expect("starter.sql", problem.starter, None)
    expect(
        "a hard-coded copy of the sample's answer",
        sqljudge.literal_query(all_cases[0].expected),
        Verdict.WRONG_ANSWER,
    )
    for path in problem.solutions_in("alt"):
        expect(f"alt/{path.name}", path.read_text(encoding="utf-8"), Verdict.ACCEPTED)
    for path in problem.solutions_in("wrong"):
        expect(f"wrong/{path.name}", path.read_text(encoding="utf-8"), Verdict.WRONG_ANSWER)
