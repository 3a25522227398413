"""Shared fixtures: one warm judge pool per test session, a throwaway data directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.judge.pool import PoolSettings, WorkerPool
from mlinterview.services.context import Context


@pytest.fixture(scope="session")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerPool]:
    hidden = tmp_path_factory.mktemp("hidden-home")
    blas = dict(Config.from_env().blas_env)
    with WorkerPool(PoolSettings(size=1, hide=[str(hidden), str(BUILTIN_CONTENT)], extra_env=blas)) as p:
        p.worker()
        yield p


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("MLINTERVIEW_HOME", str(path))
    for name in ("MLINTERVIEW_DATABASE_URL", "MLINTERVIEW_WORKSPACE", "MLINTERVIEW_CONTENT"):
        monkeypatch.delenv(name, raising=False)
    return path


@pytest.fixture
def ctx(home: Path, pool: WorkerPool) -> Iterator[Context]:
    context = Context(Config.from_env(), workers=1)
    context._pool = pool  # share the session's warm pool
    yield context
    context._pool = None
    context.close()


def _stop_judge_services(under: Path) -> None:
    from mlinterview.services import daemon_link

    for pid_file in under.rglob("daemon/daemon.pid"):
        daemon_link.stop(pid_file.parent.parent, wait_s=5.0)


@pytest.fixture(autouse=True)
def _stop_the_tests_judge_service(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test's CLI commands start the judge service of its data folder: stop it after the test."""
    yield
    tmp = request.node.funcargs.get("tmp_path") if hasattr(request.node, "funcargs") else None
    if isinstance(tmp, Path):
        _stop_judge_services(tmp)


@pytest.fixture(autouse=True, scope="session")
def _no_judge_service_outlives_the_tests(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    yield
    _stop_judge_services(tmp_path_factory.getbasetemp())
