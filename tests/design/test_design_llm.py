"""The optional model grader against a tiny OpenAI-compatible server on 127.0.0.1: a good
reply is shown beside the rubric grader's, a slow or malformed one gives a clear message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.errors import UserInputError
from mlinterview.services.design_llm import endpoint, llm_review

ANSWER = (Path(__file__).parent / "calibration" / "payment-fraud" / "strong.md").read_text()
PROMPT = Catalog([BUILTIN_CONTENT]).design("payment-fraud")


class FakeModel(BaseHTTPRequestHandler):
    mode = "good"
    requests: ClassVar[list[dict[str, Any]]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        body = json.loads(self.rfile.read(length))
        FakeModel.requests.append({"path": self.path, "body": body})
        if FakeModel.mode == "slow":
            time.sleep(2)
        if FakeModel.mode == "error":
            self.send_response(500)
            self.end_headers()
            return
        if FakeModel.mode == "garbage":
            content = "I think this answer is quite good overall!"
        else:
            grade = {
                "score": 0.8,
                "points": {
                    "delayed-labels": {
                        "covered": True,
                        "comment": "Good: maturity window and faster signals.",
                    },
                    "cost-based-metric": {
                        "covered": False,
                        "comment": "Say how thresholds follow from cost.",
                    },
                    "not-a-point": {"covered": True, "comment": "ignored"},
                },
                "summary": "Solid on data; tie the decision to money.",
            }
            content = "Here is the grade:\n```json\n" + json.dumps(grade) + "\n```"
        reply = {"model": "fake-grader", "choices": [{"message": {"role": "assistant", "content": content}}]}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def model_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeModel)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeModel.mode = "good"
    FakeModel.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def config(url: str | None) -> Config:
    env = {"MLINTERVIEW_HOME": "/nonexistent"}
    if url:
        env["MLINTERVIEW_LLM_URL"] = url
    return Config.from_env(env)


def test_a_good_reply_is_read_against_the_rubric(model_url: str) -> None:
    review = llm_review(config(model_url), PROMPT, ANSWER)
    assert review.error is None and review.model == "fake-grader" and review.score == 0.8
    assert review.covered == {"delayed-labels": True, "cost-based-metric": False}
    assert "not-a-point" not in review.comments and review.summary.startswith("Solid")
    sent = FakeModel.requests[0]
    assert sent["path"] == "/v1/chat/completions" and sent["body"]["model"] == "default"
    user = sent["body"]["messages"][1]["content"]
    assert "delayed-labels" in user and "chargebacks" in user


def test_time_outs_errors_and_garbage_give_clear_messages(model_url: str) -> None:
    FakeModel.mode = "slow"
    slow = llm_review(config(model_url), PROMPT, ANSWER, timeout_s=0.5)
    assert slow.error is not None and "did not answer within 0.5 s" in slow.error
    FakeModel.mode = "error"
    failed = llm_review(config(model_url), PROMPT, ANSWER)
    assert failed.error is not None and "HTTP 500" in failed.error
    FakeModel.mode = "garbage"
    garbage = llm_review(config(model_url), PROMPT, ANSWER)
    assert garbage.error is not None and "no JSON object" in garbage.error
    closed = llm_review(config("http://127.0.0.1:9"), PROMPT, ANSWER)
    assert closed.error is not None and "cannot be reached" in closed.error
    with pytest.raises(UserInputError, match="MLINTERVIEW_LLM_URL"):
        llm_review(config(None), PROMPT, ANSWER)


def test_endpoint_forms() -> None:
    assert endpoint("http://h:1") == "http://h:1/v1/chat/completions"
    assert endpoint("http://h:1/v1/") == "http://h:1/v1/chat/completions"
    assert endpoint("http://h:1/v1/chat/completions") == "http://h:1/v1/chat/completions"


def test_cli_shows_the_model_beside_the_grader(model_url: str, tmp_path: Path) -> None:
    answer = tmp_path / "payment-fraud.md"
    answer.write_text(ANSWER)
    env = {**os.environ, "MLINTERVIEW_HOME": str(tmp_path / "home"), "COLUMNS": "160"}
    mli = str(Path(sys.executable).parent / "mli")
    args = [mli, "design", "grade", "payment-fraud", str(answer), "--no-record", "--llm"]
    off = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    assert off.returncode == 2 and "MLINTERVIEW_LLM_URL" in off.stdout
    env["MLINTERVIEW_LLM_URL"] = model_url
    shown = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "Model grader" in shown.stdout and "maturity window and faster signals" in shown.stdout
    as_json = subprocess.run([*args, "--json"], capture_output=True, text=True, env=env, timeout=120)
    payload = json.loads(as_json.stdout)
    assert payload["llm"]["score"] == 0.8 and payload["llm"]["error"] is None and "points" in payload
