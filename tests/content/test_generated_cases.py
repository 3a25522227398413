"""Every generated case is checked against the pack's brute-force oracle.

The expected value of a generated case is the reference's answer (computed in the sandbox, as
the judge does). Here an independent, obviously-correct brute force must agree with it, judged
by the problem's own checker, on every case small enough for the brute force (``BRUTE_MAX``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.judge import packcode
from mlinterview.judge.checkers import get_checker
from mlinterview.judge.pool import WorkerPool
from mlinterview.services.cases import generated_cases

CATALOG = Catalog([BUILTIN_CONTENT])
WITH_ORACLE = [
    p
    for p in CATALOG.problems()
    if p.has_generator and callable(packcode.load(p.file("gen.py")).get("brute"))
]


def test_every_blind75_problem_has_an_oracle() -> None:
    dsa = CATALOG.problems("dsa")
    missing = [p.slug for p in dsa if p not in WITH_ORACLE]
    assert missing == []


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("expected-cache")


@pytest.mark.parametrize("problem", WITH_ORACLE, ids=lambda p: p.slug)
def test_reference_agrees_with_brute_force(problem, pool: WorkerPool, cache: Path) -> None:  # type: ignore[no-untyped-def]
    module = packcode.load(problem.file("gen.py"))
    brute, limit = module["brute"], module.get("BRUTE_MAX")
    size = module.get("size") or (lambda *args: len(args[0]) if hasattr(args[0], "__len__") else 0)
    if problem.checker == "validator":
        validator = packcode.validator(problem.file("checker.py"))

        def agree(args, expected, got):  # type: ignore[no-untyped-def]
            return validator(args, expected, got) is True
    else:
        checker = get_checker(problem.checker)

        def agree(args, expected, got):  # type: ignore[no-untyped-def]
            return checker(expected, got, **problem.checker_options).ok

    checked = 0
    for case in generated_cases(problem, pool, cache):
        if limit is not None and size(*case.args) > limit:
            continue
        answer = brute(*case.args)
        assert agree(case.args, case.expected, answer), (
            f"{problem.slug}: case {case.id}: brute force disagrees"
        )
        checked += 1
    assert checked >= 5, f"{problem.slug}: only {checked} generated cases are small enough for the oracle"
