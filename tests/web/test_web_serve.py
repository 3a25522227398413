"""``mli serve`` as a learner starts it: a real process on 127.0.0.1 that prints its address,
answers, refuses other host names, and stops cleanly on Ctrl-C."""

from __future__ import annotations

import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

MLI = str(Path(sys.executable).parent / "mli")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def read_until(proc: subprocess.Popen[str], marker: str, timeout_s: float) -> str:
    assert proc.stdout is not None
    seen = ""
    deadline = time.monotonic() + timeout_s
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while marker not in seen:
            remaining = deadline - time.monotonic()
            assert remaining > 0 and proc.poll() is None, f"no {marker!r} in: {seen}"
            if sel.select(remaining):
                line = proc.stdout.readline()
                seen += line
    return seen


def get(url: str, host: str | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read().decode()


@pytest.mark.slow
def test_serve_binds_locally_prints_its_address_and_stops_cleanly(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "MLINTERVIEW_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    env.pop("MLINTERVIEW_DATABASE_URL", None)
    proc = subprocess.Popen(
        [MLI, "serve", "--port", str(port), "--workers", "1"],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        out = read_until(proc, "running at", 90)
        assert f"http://127.0.0.1:{port}" in out
        status, body = get(f"http://127.0.0.1:{port}/api/health")
        assert status == 200 and json.loads(body)["ok"]
        status, page = get(f"http://127.0.0.1:{port}/problems/two-sum")
        assert status == 200 and "Two Sum" in page
        status, _ = get(f"http://127.0.0.1:{port}/", host="attacker.example")
        assert status == 400
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        rest = proc.stdout.read() if proc.stdout else ""
        if proc.stdout:
            proc.stdout.close()
    assert proc.returncode == 0, rest
    assert "Traceback" not in rest and "stopped" in rest


def test_serve_help_documents_its_options() -> None:
    result = subprocess.run(
        [MLI, "serve", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 0
    for option in ("--host", "--port", "--workers", "127.0.0.1", "8000"):
        assert option in result.stdout


def test_serve_says_when_the_port_is_taken(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "MLINTERVIEW_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
        result = subprocess.run(
            [MLI, "serve", "--port", str(port)], capture_output=True, text=True, timeout=60, env=env
        )
    assert result.returncode == 2
    assert "port is in use" in result.stdout and "Traceback" not in result.stdout + result.stderr
