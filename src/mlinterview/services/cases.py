"""A problem's full case list: hand-written cases plus generated ones with cached answers."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import Any

from mlinterview.catalog import Catalog, Problem
from mlinterview.errors import ContentError
from mlinterview.judge import packcode
from mlinterview.judge.grader import Case, collect
from mlinterview.judge.harness import protocol
from mlinterview.judge.pool import WorkerPool
from mlinterview.services.tasks import task_for

# Cases are reused across submissions (a web server, `mli watch`): keep them, with their
# encoded inputs, while the pack's files are unchanged (docs/ARCHITECTURE.md, "Caches"). The web
# app's threads share it: ``_LOCK`` guards the dict, and one lock per key lets a single thread
# load a problem's cases while the others asking for them wait instead of loading them again.
_CACHE: dict[tuple[Any, ...], list[Case]] = {}
_CACHE_LIMIT = 64
_LOCK = threading.Lock()
_LOADING: dict[tuple[Any, ...], threading.Lock] = {}


def problem_cases(
    catalog: Catalog,
    problem: Problem,
    pool: WorkerPool | None,
    cache_dir: Path,
    *,
    samples_only: bool = False,
) -> list[Case]:
    key = (str(problem.path), samples_only, str(cache_dir), _stamp(problem))
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            return cached
        loading = _LOADING.setdefault(key, threading.Lock())
    with loading:
        with _LOCK:
            cached = _CACHE.get(key)  # loaded by the thread this one waited for
        if cached is None:
            try:
                cached = _load_cases(catalog, problem, pool, cache_dir, samples_only=samples_only)
                with _LOCK:
                    while len(_CACHE) >= _CACHE_LIMIT:  # a list handed out stays valid after eviction
                        _CACHE.pop(next(iter(_CACHE)))
                    _CACHE[key] = cached
            finally:
                with _LOCK:
                    _LOADING.pop(key, None)
    return cached


def _stamp(problem: Problem) -> tuple[int | str, ...]:
    names = ("problem.yaml", "cases.yaml", "gen.py", "solution.py")
    stamps = tuple(p.stat().st_mtime_ns if p.exists() else 0 for p in (problem.file(n) for n in names))
    return (*stamps, packcode.helpers_digest(problem.file("gen.py")))


def _load_cases(
    catalog: Catalog, problem: Problem, pool: WorkerPool | None, cache_dir: Path, *, samples_only: bool
) -> list[Case]:
    samples, hidden = catalog.cases(problem)
    cases = [Case(c["id"], c["args"], c["expected"], True) for c in samples]
    if samples_only:
        return cases
    cases += [Case(c["id"], c["args"], c["expected"], False) for c in hidden]
    if problem.has_generator:
        if pool is None:
            raise ContentError(problem.file("gen.py"), "generated cases need the judge")
        cases += generated_cases(problem, pool, cache_dir)
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            where = "gen.py" if problem.has_generator else "cases.yaml"
            raise ContentError(problem.file(where), f"case id {case.id!r} is used twice", "generate")
        seen.add(case.id)
    return cases


def generated_cases(problem: Problem, pool: WorkerPool, cache_dir: Path) -> list[Case]:
    gen_path = problem.file("gen.py")
    digest = hashlib.sha256()
    for name in ("gen.py", "solution.py", "problem.yaml"):
        digest.update(problem.file(name).read_bytes())
    digest.update(packcode.helpers_digest(gen_path).encode())  # "" when gen.py uses no helper
    cache = cache_dir / "expected" / f"{problem.slug}-{digest.hexdigest()[:16]}.bin"
    inputs = packcode.generated_inputs(gen_path)
    ids = [case_id for case_id, _ in inputs]
    expected: list[Any] | None = None
    if cache.is_file():
        try:
            stored = protocol.decode(cache.read_bytes())
            if stored.get("ids") == ids:
                expected = stored["expected"]
        except (protocol.ProtocolError, AttributeError, KeyError, OSError):
            expected = None
    if expected is None:
        try:
            expected = collect(pool, task_for(problem, problem.solution, "solution.py"), inputs)
        except RuntimeError as exc:
            raise ContentError(problem.file("solution.py"), str(exc)) from None
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")  # writers never share one
        tmp.write_bytes(protocol.encode({"ids": ids, "expected": expected}))
        tmp.replace(cache)
    return [Case(i, a, e, False) for (i, a), e in zip(inputs, expected, strict=True)]
