"""The rules ``mli validate`` checks on a pack's data beyond "the reference passes": stated
constraints are respected and reached, the complexity feedback has its inputs, the reference
leaves headroom under the time limit, and a SQL statement's promised edge cases are tested and
its stated table sizes are kept and reached.

Each function appends what is wrong to the check's ``problems``; none of them runs learner code.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mlinterview.catalog import Problem
from mlinterview.catalog.constraints import unreached, violations
from mlinterview.judge import packcode

if TYPE_CHECKING:
    from mlinterview.judge.executors.sql import Dataset
    from mlinterview.judge.grader import Case
    from mlinterview.services.validate import ProblemCheck

HEADROOM = 0.5  # the reference's slowest case may use at most this share of the time limit
NEEDS_CONSTRAINTS = {"dsa", "ml", "stats", "libraries"}


def check_constraints(problem: Problem, cases: list[Case], check: ProblemCheck) -> None:
    """Every case keeps to problem.yaml's ``constraints:``, and a hidden case reaches each
    stated maximum. Packs of the NEEDS_CONSTRAINTS tracks must state their constraints."""
    constraints: dict[str, Any] | None = problem.extra.get("constraints")
    if not constraints:
        if problem.track in NEEDS_CONSTRAINTS:
            check.problems.append("problem.yaml states no constraints: (the statement's maxima, as data)")
        return
    for case in cases:
        broken = violations(constraints, problem.entry, case.args)
        if broken:
            check.problems.append(f"case {case.id!r} breaks the stated constraints: {'; '.join(broken)}")
    hidden = [case.args for case in cases if not case.is_sample]
    for missing in unreached(constraints, problem.entry, hidden):
        check.problems.append(f"{missing}: a hidden case must test the stated maximum")


def check_complexity_inputs(problem: Problem, check: ProblemCheck) -> None:
    """``complexity:`` needs gen.py's ``scale(n, rng)``: without it the feedback silently never runs."""
    if problem.complexity is None:
        return
    if not problem.has_generator:
        check.problems.append("declares complexity: but has no gen.py with scale(n, rng)")
        return
    if not callable(packcode.load(problem.file("gen.py")).get("scale")):
        check.problems.append("declares complexity: but gen.py defines no scale(n, rng)")


def headroom_problem(problem: Problem, slowest_s: float, where: str = "its slowest case") -> str | None:
    """A message when the reference's slowest case leaves less than the required headroom."""
    label = "solution" + problem.suffix
    if slowest_s <= HEADROOM * problem.time_s:
        return None
    return (
        f"{label} takes {slowest_s:.2f} s on {where}, more than "
        f"{HEADROOM:.0%} of the {problem.time_s:g} s limit: raise limits.time_s "
        "(or lower the stated maxima) so a plain solution of the intended complexity fits"
    )


_MISHANDLES = re.compile(r"^\s*--\s*mishandles:\s*([a-z, ]+)$", re.MULTILINE)
_PROMISE_WORDS = {"empty": "an empty table", "nulls": "a NULL", "ties": "a tie"}


def check_sql_promises(problem: Problem, check: ProblemCheck) -> None:
    """Each edge case the statement promises (problem.yaml ``result.promises``) is tested by a
    hidden dataset tagged ``covers:`` with it, and the tag is true of the data (``empty``: a
    table without rows, ``nulls``: a NULL value). Promising NULLs also needs a statement that
    says what a NULL means, and a ``wrong/`` solution marked ``-- mishandles: nulls`` (which,
    like every wrong solution, must get wrong_answer)."""
    from mlinterview.catalog.loader import read_yaml
    from mlinterview.catalog.sqlpack import dataset_covers, load_datasets

    data = read_yaml(problem.file("datasets.yaml"))
    _, hidden = load_datasets(problem, data)
    tables = dict(hidden)
    covers = dataset_covers(data)
    promises: list[str] = problem.extra.get("promises", [])
    for dataset_id, tags in covers.items():
        for tag in tags:
            if tag not in promises:
                check.problems.append(
                    f"dataset {dataset_id!r} covers {tag!r}, which result.promises does not promise"
                )
            if tag == "empty" and not any(not rows for rows in tables[dataset_id].values()):
                check.problems.append(f"dataset {dataset_id!r} covers 'empty' but every table has rows")
            if tag == "nulls" and not _has_null(tables[dataset_id]):
                check.problems.append(f"dataset {dataset_id!r} covers 'nulls' but holds no NULL")
    for promise in promises:
        if not any(promise in tags for tags in covers.values()):
            check.problems.append(
                f"result.promises has {promise!r} but no hidden dataset covers it "
                f"(tag one with covers: [{promise}] that holds {_PROMISE_WORDS[promise]})"
            )
    if "nulls" not in promises:
        from mlinterview.services.sql import datasets

        holding = [d.id for d in datasets(problem) if _has_null(d.tables)]
        if holding:
            check.problems.append(
                f"dataset {holding[0]!r} holds a NULL, but the statement says the tables hold none: "
                "promise nulls (and say what a NULL means) or remove it"
            )
    if "nulls" in promises:
        task = problem.statement.split("## Tables", 1)[0]
        if "null" not in task.lower():
            check.problems.append("promises NULLs, but the statement never says what a NULL means")
        marked = [
            path.name
            for path in problem.solutions_in("wrong")
            if any("nulls" in m.split(",") for m in _MISHANDLES.findall(path.read_text(encoding="utf-8")))
        ]
        if not marked:
            check.problems.append(
                "promises NULLs but keeps no wrong/ solution marked '-- mishandles: nulls' "
                "(COUNT(col) for COUNT(*), = for IS NOT DISTINCT FROM, NOT IN over a NULL...)"
            )


def _has_null(tables: dict[str, list[list[Any]]]) -> bool:
    return any(value is None for rows in tables.values() for row in rows for value in row)


def check_sql_constraints(problem: Problem, datasets: list[Dataset], check: ProblemCheck) -> None:
    """problem.yaml's ``constraints:`` (``{table: {rows: N}}``) is stated for every table of
    schema.sql, every dataset (sample and generated included) keeps to it, a hidden dataset
    reaches each stated maximum, and the statement's result contract says the sizes in words."""
    from mlinterview.catalog.sqlsizes import schema_tables, size_words

    sizes: dict[str, int] | None = problem.extra.get("constraints")
    if not sizes:
        check.problems.append(
            "problem.yaml states no constraints: (the most rows each table holds, {table: {rows: N}})"
        )
        return
    tables = schema_tables(problem.path)
    for table in tables:
        if table not in sizes:
            check.problems.append(f"constraints: states no rows for table {table!r}")
    largest = dict.fromkeys(sizes, 0)
    for dataset in datasets:
        for table, most in sizes.items():
            n = len(dataset.tables.get(table) or [])
            if n > most:
                check.problems.append(
                    f"dataset {dataset.id!r} breaks the stated constraints: {table} has {n} rows > {most}"
                )
            if not dataset.is_sample:
                largest[table] = max(largest[table], n)
    for table, most in sizes.items():
        if largest[table] < most:
            check.problems.append(
                f"no hidden dataset reaches {table} with {most} rows (largest: {largest[table]}): "
                "a hidden dataset must test the stated maximum"
            )
    words = size_words(sizes, tables)
    if words not in problem.statement:
        check.problems.append(f"the statement's result contract does not say the sizes: {words!r}")
