"""Local-only by default, no cross-site writes, bounded submissions, a bounded judge queue that
keeps the server responsive, and never a stack trace."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from web_support import FakeJudge, TestClient, make_client

from mlinterview.services.context import Context

CODE = {"code": "class Solution:\n    pass\n"}


@pytest.fixture(scope="module")
def fake_client(web_ctx: Context) -> Iterator[TestClient]:
    with make_client(web_ctx, practice=FakeJudge()) as c:
        yield c


# -- cross-site requests ---------------------------------------------------------------------
def test_same_origin_post_is_accepted(fake_client: TestClient) -> None:
    r = fake_client.post("/api/problems/two-sum/run", json=CODE, headers={"Origin": "http://testserver"})
    assert r.status_code == 200 and r.json()["verdict"] == "accepted"


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "http://testserver:9999"},  # another port is another origin
        {"Origin": "null"},
        {"Origin": "http://testserver", "Sec-Fetch-Site": "cross-site"},
    ],
)
def test_cross_site_post_is_refused(fake_client: TestClient, headers: dict[str, str]) -> None:
    for path in ("/api/problems/two-sum/submit", "/api/problems/two-sum/hint", "/api/review/rate"):
        r = fake_client.post(path, json=CODE, headers=headers)
        assert r.status_code == 403, (path, headers)
        assert "another website" in r.json()["error"]


def test_cross_site_referer_without_origin_is_refused(web_ctx: Context) -> None:
    with make_client(web_ctx, origin=None, practice=FakeJudge()) as bare:
        refused = bare.post(
            "/api/problems/two-sum/run", json=CODE, headers={"Referer": "http://evil.example/page"}
        )
        assert refused.status_code == 403
        own = bare.post(
            "/api/problems/two-sum/run", json=CODE, headers={"Referer": "http://testserver/problems/two-sum"}
        )
        assert own.status_code == 200
        scripted = bare.post("/api/problems/two-sum/run", json=CODE)  # curl-like: no browser, no page
        assert scripted.status_code == 200


def test_unknown_host_names_are_refused(fake_client: TestClient) -> None:
    r = fake_client.get("/", headers={"Host": "rebound.evil.example:8000"})
    assert r.status_code == 400 and "only to the addresses it was started for" in r.text
    assert fake_client.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert fake_client.get("/", headers={"Host": "[::1]:8000"}).status_code == 200


# -- sizes -----------------------------------------------------------------------------------------
def test_oversized_submission_is_413_with_a_message(fake_client: TestClient) -> None:
    code = "# " + "x" * (300 * 1024) + "\n"
    r = fake_client.post("/api/problems/two-sum/submit", json={"code": code})
    assert r.status_code == 413
    assert "256 KB" in r.json()["error"]


def test_oversized_body_is_refused_before_it_is_read(fake_client: TestClient) -> None:
    big = b'{"code": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    r = fake_client.post(
        "/api/problems/two-sum/run", content=big, headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 413 and "KB" in r.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while it arrives
        yield b'{"code": "'
        for _ in range(40):
            yield b"y" * 65536
        yield b'"}'

    streamed = fake_client.post(
        "/api/problems/two-sum/run", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413


def test_malformed_requests_get_a_message(fake_client: TestClient) -> None:
    r = fake_client.post(
        "/api/problems/two-sum/run", content=b"not json", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422 and "not understood" in r.json()["error"]
    empty = fake_client.post("/api/problems/two-sum/run", json={"code": "   \n"})
    assert empty.status_code == 400 and "empty" in empty.json()["error"]
    unknown = fake_client.post("/api/problems/no-such-problem/run", json=CODE)
    assert unknown.status_code == 404 and "no problem called" in unknown.json()["error"]


# -- the judge's queue -------------------------------------------------------------------------------
def test_busy_judge_answers_503_and_pages_stay_responsive(web_ctx: Context) -> None:
    judge = FakeJudge(hold=True)
    with make_client(web_ctx, practice=judge, max_waiting=1) as c:
        capacity = c.get("/api/health").json()["judge_capacity"]
        assert capacity == web_ctx.workers + 1
        answers: list[int] = []
        threads = [
            threading.Thread(
                target=lambda: answers.append(c.post("/api/problems/two-sum/submit", json=CODE).status_code)
            )
            for _ in range(capacity)
        ]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 10
        while c.get("/api/health").json()["judge_in_flight"] < capacity:
            assert time.monotonic() < deadline, "the submissions never reached the judge"
            time.sleep(0.02)
        started = time.monotonic()
        assert c.get("/").status_code == 200  # pages are served while the judge is held
        assert c.get("/problems/two-sum").status_code == 200
        assert time.monotonic() - started < 5
        busy = c.post("/api/problems/two-sum/submit", json=CODE)
        assert busy.status_code == 503
        assert busy.json()["error"] == "The judge is busy, try again in a moment."
        assert busy.headers["retry-after"]
        judge.release.set()
        for t in threads:
            t.join(20)
        assert answers == [200] * capacity
        assert c.post("/api/problems/two-sum/run", json=CODE).status_code == 200  # free again


def test_a_bug_is_a_friendly_error_without_a_stack_trace(
    web_ctx: Context, caplog: pytest.LogCaptureFixture
) -> None:
    judge = FakeJudge(error=RuntimeError("secret internals at line 42"))
    with make_client(web_ctx, practice=judge) as c:
        r = c.post("/api/problems/two-sum/run", json=CODE)
        assert r.status_code == 500
        assert "Something went wrong on our side" in r.json()["error"]
        assert "secret internals" not in r.text and "Traceback" not in r.text
    assert "secret internals" in caplog.text  # the details go to the server's log


def test_page_errors_are_html_pages(web_ctx: Context, monkeypatch: pytest.MonkeyPatch) -> None:
    from mlinterview.web.routes import progress as progress_route

    def broken(ctx: Context) -> None:
        raise ZeroDivisionError("hidden detail")

    monkeypatch.setattr(progress_route, "progress", broken)
    with make_client(web_ctx, practice=FakeJudge()) as c:
        r = c.get("/progress", headers={"Accept": "text/html"})
    assert r.status_code == 500 and "text/html" in r.headers["content-type"]
    assert "Something went wrong" in r.text and "hidden detail" not in r.text
