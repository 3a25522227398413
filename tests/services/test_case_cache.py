"""The in-memory case cache under the web app's threads: one load per problem, no crash when
it evicts while other threads read it."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.judge.grader import Case
from mlinterview.memo import Memo
from mlinterview.services import cases


@pytest.fixture
def catalog() -> Catalog:
    return Catalog([BUILTIN_CONTENT])


def _run_threads(target: Any, count: int) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def run(index: int) -> None:
        start.wait()
        try:
            target(index)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_threads_asking_at_once_share_one_load(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problem = catalog.get("two-sum")
    loads: list[str] = []

    def slow_load(*args: Any, **kwargs: Any) -> list[Case]:
        loads.append(problem.slug)
        time.sleep(0.2)  # long enough for every thread to arrive while the first one loads
        return [Case("one", [[2, 7], 9], [0, 1], True)]

    monkeypatch.setattr(cases, "_load_cases", slow_load)
    got: list[list[Case]] = []
    errors = _run_threads(
        lambda _: got.append(cases.problem_cases(catalog, problem, None, tmp_path, samples_only=True)), 8
    )
    assert not errors
    assert len(loads) == 1, "the reference and the pack were read once, not once per thread"
    assert len(got) == 8 and all(found is got[0] for found in got)


def test_eviction_while_other_threads_load_never_fails(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems = [p for p in catalog.problems() if p.track == "dsa"][:12]
    small = Memo(limit=2)
    monkeypatch.setattr(cases, "MEMO", small)
    monkeypatch.setattr(cases, "_load_cases", lambda c, p, *a, **k: [Case(p.slug, [], None, True)])

    def ask(index: int) -> None:
        for round_ in range(30):
            problem = problems[(index + round_) % len(problems)]
            found = cases.problem_cases(catalog, problem, None, tmp_path, samples_only=True)
            assert found[0].id == problem.slug

    assert _run_threads(ask, 8) == []
    assert len(small) <= 2


def test_cases_follow_the_pack_content_not_its_modification_time(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    folder = tmp_path / "content" / "dsa" / "two-sum"
    shutil.copytree(BUILTIN_CONTENT / "dsa" / "two-sum", folder)
    local = Catalog([tmp_path / "content"])
    problem = local.get("two-sum")
    loads: list[int] = []

    def count_load(*args: Any, **kwargs: Any) -> list[Case]:
        loads.append(1)
        return [Case(str(len(loads)), [], None, True)]

    monkeypatch.setattr(cases, "_load_cases", count_load)
    first = cases.problem_cases(local, problem, None, tmp_path, samples_only=True)
    text = (folder / "cases.yaml").read_text()
    (folder / "cases.yaml").write_text(text)  # the same bytes, a new modification time
    assert cases.problem_cases(local, problem, None, tmp_path, samples_only=True) is first
    (folder / "cases.yaml").write_text(text + "\n# edited\n")
    again = cases.problem_cases(local, problem, None, tmp_path, samples_only=True)
    assert again is not first and len(loads) == 2
