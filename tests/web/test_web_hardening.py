"""The web server against hostile clients and hostile answers: slow request heads, cross-site
GETs, and answers too large, too deep or unprintable."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from web_support import make_client, make_context

from mlinterview.catalog import Catalog
from mlinterview.judge.pool import WorkerPool
from mlinterview.services.context import Context
from mlinterview.web.app import create_app
from mlinterview.web.server import HeadDeadlineProtocol, server_config

SURROGATE = 'class Solution:\n    def twoSum(self, nums, target):\n        return "\\ud800"\n'
DEEP = (  # deeper than a preview keeps (32), within what the judge accepts (100)
    "class Solution:\n    def twoSum(self, nums, target):\n        x = []\n"
    "        for _ in range(60):\n            x = [x]\n        return x\n"
)
TOO_DEEP = DEEP.replace("range(60)", "range(600)")
HUGE = 'class Solution:\n    def twoSum(self, nums, target):\n        return ["x" * 1_000_000] * 4\n'


class QuickDeadline(HeadDeadlineProtocol):
    head_timeout_s = 0.5


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, pool: WorkerPool, catalog: Catalog) -> Iterator[int]:
    ctx = make_context(tmp_path_factory.mktemp("served-home"), pool, catalog)
    config = server_config(create_app(ctx), "127.0.0.1", 0)
    config.http = QuickDeadline
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.02)
    yield sock.getsockname()[1]
    server.should_exit = True
    thread.join(15)
    sock.close()
    ctx._pool = None
    ctx.close()


def _get(port: int, path: str = "/") -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_slow_request_heads_are_cut_off_and_the_app_keeps_answering(served: int) -> None:
    slow = []
    for _ in range(200):  # each sends half a request head and then nothing
        conn = socket.create_connection(("127.0.0.1", served), timeout=10)
        conn.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        slow.append(conn)
    silent = socket.create_connection(("127.0.0.1", served), timeout=10)  # sends nothing at all
    try:
        assert _get(served).startswith(b"HTTP/1.1 200")
        for conn in [*slow, silent]:
            assert conn.recv(1024) == b"", "a connection with an unfinished head was kept open"
    finally:
        for conn in [*slow, silent]:
            conn.close()
    assert _get(served).startswith(b"HTTP/1.1 200")


def test_a_complete_request_is_not_cut_by_the_head_deadline(served: int) -> None:
    with socket.create_connection(("127.0.0.1", served), timeout=10) as conn:
        conn.sendall(b"GET /problems HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        first = conn.recv(65536)
        assert first.startswith(b"HTTP/1.1 200")
        time.sleep(1.0)  # longer than the head deadline, shorter than the idle time-out
        conn.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        second = b""
        while chunk := conn.recv(65536):
            second += chunk
    assert b"HTTP/1.1 200" in second


def test_a_cross_site_get_of_a_problem_page_writes_nothing(web_ctx: Context) -> None:
    problem = web_ctx.catalog.get("contains-duplicate")
    with make_client(web_ctx, origin="https://evil.example") as evil:
        assert evil.get("/problems/contains-duplicate").status_code == 200
        assert evil.post("/api/problems/contains-duplicate/session").status_code == 403
    assert web_ctx.store.session_started(problem.id) is None
    with make_client(web_ctx) as own:
        assert own.post("/api/problems/contains-duplicate/session").status_code == 204
    assert web_ctx.store.session_started(problem.id) is not None


@pytest.mark.parametrize(
    ("code", "verdict", "shown"),
    [
        (SURROGATE, "wrong_answer", "\\ud800"),
        (DEEP, "wrong_answer", "nested deeper than"),
        (TOO_DEEP, "output_limit", "levels"),
        (HUGE, "wrong_answer", "⟨cut⟩"),
    ],
    ids=["lone-surrogate", "nested-60-deep", "nested-600-deep", "4-mb-answer"],
)
def test_unprintable_deep_or_huge_answers_get_a_verdict_and_are_kept_as_previews(
    web_ctx: Context, code: str, verdict: str, shown: str
) -> None:
    problem = web_ctx.catalog.get("two-sum")
    before = len(web_ctx.store.attempt_summaries(problem.id, limit=None))
    with make_client(web_ctx) as client:
        response = client.post("/api/problems/two-sum/submit", json={"code": code})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["verdict"] == verdict
        assert shown in json.dumps(body, ensure_ascii=False)
        assert len(response.content) < 1_000_000
        assert client.get("/problems/two-sum").status_code == 200  # the history renders
    rows = web_ctx.store.attempt_summaries(problem.id, limit=None)
    assert len(rows) == before + 1
    newest = web_ctx.store.attempt(rows[0]["id"])
    assert newest is not None and len(newest["report_json"]) < 600_000  # a preview, not the 4 MB answer
