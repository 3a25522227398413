"""Helpers shared by the web tests: contexts on throwaway folders, clients, a fake judge."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mlinterview.catalog import Catalog, Problem
from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Report, Verdict
from mlinterview.services.context import Context
from mlinterview.services.practice import Judged
from mlinterview.web.app import create_app
from mlinterview.web.security import LOCAL_HOSTS

with warnings.catch_warnings():
    # Starlette asks for the httpx2 package; httpx (a test dependency) still works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TWO_SUM = BUILTIN_CONTENT / "dsa" / "two-sum"
CHROMIUM = "/usr/bin/chromium"  # Debian's; scripts/install-browser.sh installs it
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TEST_HOSTS = (*LOCAL_HOSTS, "testserver")
ORIGIN = "http://testserver"

__all__ = [
    "ORIGIN",
    "TEST_HOSTS",
    "TWO_SUM",
    "FakeJudge",
    "TestClient",
    "make_client",
    "make_context",
    "serve",
]


@contextmanager
def serve(ctx: Context) -> Iterator[str]:
    """The app on ``ctx`` served by uvicorn on 127.0.0.1 (a free port) in a thread; yields its
    address and stops it afterwards."""
    import socket
    import time

    import uvicorn

    app = create_app(ctx)  # the default: answers to 127.0.0.1 and localhost only
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, ws="none", lifespan="on"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, name="web-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(15)
        sock.close()


def make_context(home: Path, pool: WorkerPool, catalog: Catalog) -> Context:
    context = Context(Config.from_env({"MLINTERVIEW_HOME": str(home)}), workers=1)
    context._pool = pool  # share the session's warm pool
    context.__dict__["catalog"] = catalog
    return context


def make_client(ctx: Context, *, origin: str | None = ORIGIN, **options: Any) -> TestClient:
    """A client of a fresh app on ``ctx``; it sends ``Origin`` like a browser's fetch() unless
    ``origin`` is None."""
    options.setdefault("allowed_hosts", TEST_HOSTS)
    return TestClient(create_app(ctx, **options), headers={"Origin": origin} if origin else None)


class FakeJudge:
    """Stands in for services.practice: instant verdicts, or held until released."""

    def __init__(self, *, hold: bool = False, error: Exception | None = None) -> None:
        self.hold = hold
        self.error = error
        self.release = threading.Event()

    def _judge(self, ctx: Context, problem: Problem, code: str, **_: Any) -> Judged:
        if self.error is not None:
            raise self.error
        if self.hold:
            assert self.release.wait(20), "the test never released the judge"
        return Judged(problem, Report(Verdict.ACCEPTED, 3, 3))

    run_samples = _judge
    submit = _judge
