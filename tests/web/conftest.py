"""Fixtures for the web app: a context on a throwaway data folder sharing the session's warm
judge pool, an in-process client, and two-sum's reference and wrong solutions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_support import TWO_SUM, TestClient, make_client, make_context

from mlinterview.catalog import Catalog
from mlinterview.config import Config
from mlinterview.judge.pool import WorkerPool
from mlinterview.services.context import Context


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """One parsed catalog for every web test (loading it takes a third of a second)."""
    shared = Catalog(Config.from_env({"MLINTERVIEW_HOME": "/nonexistent"}).content_dirs)
    shared.problems()
    shared.flashcards()
    return shared


@pytest.fixture(scope="module")
def web_ctx(
    tmp_path_factory: pytest.TempPathFactory, pool: WorkerPool, catalog: Catalog
) -> Iterator[Context]:
    context = make_context(tmp_path_factory.mktemp("web-home"), pool, catalog)
    yield context
    context._pool = None
    context.close()


@pytest.fixture(scope="module")
def client(web_ctx: Context) -> Iterator[TestClient]:
    with make_client(web_ctx) as c:
        yield c


@pytest.fixture(scope="session")
def solution_code() -> str:
    return (TWO_SUM / "solution.py").read_text()


@pytest.fixture(scope="session")
def wrong_code() -> str:
    return (TWO_SUM / "wrong" / "reuses-same-element.py").read_text()
