"""Fixtures for the web app: a context on a throwaway data folder sharing the session's warm
judge pool, an in-process client, and two-sum's reference and wrong solutions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from web_support import CHROMIUM, CHROMIUM_ARGS, TWO_SUM, TestClient, make_client, make_context, serve

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


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, pool: WorkerPool, catalog: Catalog) -> Iterator[str]:
    """The app served on 127.0.0.1 for a browser module, on a throwaway data folder."""
    ctx = make_context(tmp_path_factory.mktemp("browser-home"), pool, catalog)
    with serve(ctx) as address:
        yield address
    ctx._pool = None
    ctx.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per browser module; each test opens its own context."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page at 1360 px that fails its test when the page logs an error."""
    context = browser.new_context(viewport={"width": 1360, "height": 860})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    yield pg
    context.close()
    assert problems == [], f"the page logged errors: {problems}"
