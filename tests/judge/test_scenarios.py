"""The judge's scenario suite: each folder is a submission plus the verdict it must get.

The problem is fixed and tiny: ``solve(x)`` returns ``2 * x``. Hostile folders attack the
judge; after each one a correct submission must still be accepted. Placeholders in a
submission (``{{CANARY}}``, ``{{PORT}}``, ``{{CONTENT}}``) are filled in by the test, so the
attacks aim at real targets that the test then inspects.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
import yaml

from mlinterview.config import BUILTIN_CONTENT
from mlinterview.judge.execution import Limits
from mlinterview.judge.grader import Case, Task, judge
from mlinterview.judge.pool import WorkerPool
from mlinterview.judge.verdicts import Verdict

SCENARIOS = Path(__file__).parent / "scenarios"
ENTRY = {"style": "function", "name": "solve", "params": ["x"]}
CASES = [Case("one", [1], 2, True), Case("five", [5], 10), Case("big", [10**12], 2 * 10**12)]
CORRECT = "def solve(x):\n    return 2 * x\n"


def task(code: str, kind: str = "python", **limits: object) -> Task:
    limits = {"time_s": 1.0, "memory_mb": 128, **limits}
    return Task(code, ENTRY, Limits(**limits), worker=kind)  # type: ignore[arg-type]


@pytest.fixture
def canary(tmp_path: Path) -> Path:
    folder = tmp_path / "outside"
    folder.mkdir()
    folder.chmod(0o777)
    path = folder / "canary.txt"
    path.write_text("untouched")
    path.chmod(0o666)
    return path


@pytest.fixture
def listener() -> tuple[socket.socket, list[object]]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    accepted: list[object] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                accepted.append(server.accept())
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server, accepted
    stop.set()
    thread.join()
    server.close()


def scenario_names() -> list[str]:
    return sorted(p.name for p in SCENARIOS.iterdir() if (p / "expect.yaml").is_file())


# Every scenario runs on each worker kind that runs Python: the plain one, and the libraries
# track's (PyTorch, scikit-learn and pandas imported before the fork).
@pytest.mark.parametrize("kind", ["python", "libs"])
@pytest.mark.parametrize("name", scenario_names())
def test_scenario(
    name: str, kind: str, pool: WorkerPool, canary: Path, listener: tuple[socket.socket, list[object]]
) -> None:
    folder = SCENARIOS / name
    expect = yaml.safe_load((folder / "expect.yaml").read_text())
    code = (folder / "submission.py").read_text()
    server, accepted = listener
    code = (
        code.replace("{{CANARY}}", str(canary))
        .replace("{{PORT}}", str(server.getsockname()[1]))
        .replace("{{CONTENT}}", str(BUILTIN_CONTENT))
    )
    report = judge(pool, task(code, kind, **expect.get("limits", {})), CASES)

    wanted = expect["verdict"]
    if wanted == "not_accepted":
        assert report.verdict is not Verdict.ACCEPTED, report
    else:
        assert report.verdict.value == wanted, (report.verdict, report.message, report.cases)
    text = report.message + "".join(c.message for c in report.cases)
    for fragment in expect.get("message_contains", []):
        assert fragment in text, text
    if "got" in expect:
        assert report.cases[0].got == expect["got"]
    for fragment in expect.get("got_excludes", []):
        assert fragment not in str(report.cases[0].got)

    # Nothing outside the sandbox changed, nothing was reached, nothing is left running.
    assert canary.read_text() == "untouched"
    assert not accepted, "a submission reached a server on the host"
    deadline = time.monotonic() + 3
    while pool.worker(kind).stray_processes() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert pool.worker(kind).stray_processes() == 0
    # And the next submission is judged normally.
    assert judge(pool, task(CORRECT, kind), CASES).verdict is Verdict.ACCEPTED
