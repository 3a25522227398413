"""A problem's full case list: hand-written cases plus generated ones with cached answers.

Python problems: ``cases.yaml`` plus ``gen.py``'s inputs, whose expected answers the reference
computes. SQL problems: one case per dataset, every expected result the reference's. The
reference runs in the sandbox (``judge.grader.collect``). Both the lists (in memory) and the
reference's answers (on disk, ``<data>/cache/expected/``) are kept by the rule of
``mlinterview.memo``: keyed by the digest of the pack files they are made from.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from mlinterview.catalog import Catalog, Problem
from mlinterview.errors import ContentError
from mlinterview.judge import packcode
from mlinterview.judge.grader import Case, ReferenceFailed, collect
from mlinterview.judge.harness import protocol
from mlinterview.judge.pool import WorkerPool
from mlinterview.memo import MEMO, content_digest
from mlinterview.services.tasks import task_for

# The files a problem's cases are made from, per language.
PACK_FILES = {
    "python": ("problem.yaml", "cases.yaml", "gen.py", "solution.py"),
    "sql": ("problem.yaml", "schema.sql", "datasets.yaml", "gen.py", "solution.sql"),
}


def pack_digest(problem: Problem) -> str:
    """The digest of what the problem's cases are made from (and the helpers gen.py imports)."""
    files = [problem.file(name) for name in PACK_FILES[problem.language]]
    return content_digest(files, [packcode.helpers_digest(problem.file("gen.py"))])


def problem_cases(
    catalog: Catalog,
    problem: Problem,
    pool: WorkerPool | None,
    cache_dir: Path,
    *,
    samples_only: bool = False,
) -> list[Case]:
    key = ("cases", str(problem.path), samples_only, str(cache_dir), pack_digest(problem))
    return MEMO.get(key, lambda: _load_cases(catalog, problem, pool, cache_dir, samples_only=samples_only))


def _load_cases(
    catalog: Catalog, problem: Problem, pool: WorkerPool | None, cache_dir: Path, *, samples_only: bool
) -> list[Case]:
    if problem.language == "sql":
        return _dataset_cases(problem, pool, cache_dir, samples_only=samples_only)
    samples, hidden = catalog.cases(problem)
    cases = [Case(c["id"], c["args"], c["expected"], True) for c in samples]
    if samples_only:
        return cases
    cases += [Case(c["id"], c["args"], c["expected"], False) for c in hidden]
    if problem.has_generator:
        cases += generated_cases(problem, _need(pool, problem), cache_dir)
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            where = "gen.py" if problem.has_generator else "cases.yaml"
            raise ContentError(problem.file(where), f"case id {case.id!r} is used twice", "generate")
        seen.add(case.id)
    return cases


def generated_cases(problem: Problem, pool: WorkerPool, cache_dir: Path) -> list[Case]:
    """gen.py's inputs with the reference's answers."""
    inputs = packcode.generated_inputs(problem.file("gen.py"))
    answers = reference_answers(problem, pool, cache_dir, inputs)
    return [Case(i, a, e, False) for (i, a), e in zip(inputs, answers, strict=True)]


def _dataset_cases(
    problem: Problem, pool: WorkerPool | None, cache_dir: Path, *, samples_only: bool
) -> list[Case]:
    from mlinterview.services.sql import dataset_inputs

    found = dataset_inputs(problem)
    # Every dataset's answer at once (one job, kept on disk): the sample alone would cost as much.
    answers = reference_answers(problem, _need(pool, problem), cache_dir, [(i, a) for i, a, _ in found])
    cases = [Case(i, a, e, sample) for (i, a, sample), e in zip(found, answers, strict=True)]
    return cases[:1] if samples_only else cases


def _need(pool: WorkerPool | None, problem: Problem) -> WorkerPool:
    if pool is None:
        raise ContentError(problem.path, "computing the reference's answers needs the judge")
    return pool


def reference_answers(
    problem: Problem, pool: WorkerPool, cache_dir: Path, inputs: list[tuple[str, list[Any]]]
) -> list[Any]:
    """The reference's answers on ``inputs``, run in the sandbox once per version of the pack
    and kept on disk (a file per version, read only when its case ids match)."""
    task = task_for(problem, problem.solution, "solution" + problem.suffix)
    cache = cache_dir / "expected" / f"{problem.slug}-{pack_digest(problem)[:16]}.bin"
    ids = [case_id for case_id, _ in inputs]
    raw: list[Any] | None = None
    if cache.is_file():
        try:
            stored = protocol.decode(cache.read_bytes())
            if stored.get("ids") == ids:
                raw = stored["expected"]
        except (protocol.ProtocolError, AttributeError, KeyError, OSError):
            raw = None
    if raw is None:
        try:
            raw = collect(pool, task, inputs, decode=False)
        except ReferenceFailed as exc:
            # The case's data failed to build (a dataset, a generated input) or the reference did.
            blamed = "solution" + problem.suffix
            if exc.source == "cases":
                blamed = "gen.py" if problem.has_generator else "cases.yaml"
            elif exc.source:
                blamed = exc.source
            raise ContentError(problem.file(blamed), str(exc)) from None
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")  # writers never share one
        tmp.write_bytes(protocol.encode({"ids": ids, "expected": raw}))
        tmp.replace(cache)
    return [task.decode(value) for value in raw]
