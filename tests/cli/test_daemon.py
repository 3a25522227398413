"""The local judge service behind ``mli run``/``mli submit``, as a learner meets it: started on
first use, shared by two terminals, replaced after a crash or an edit, stoppable, switchable off."""

from __future__ import annotations

import json
import os
import pty
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mlinterview.config import BUILTIN_CONTENT
from mlinterview.services import daemon_link

MLI = str(Path(sys.executable).parent / "mli")
TWO_SUM = BUILTIN_CONTENT / "dsa" / "two-sum"
WRONG = sorted((TWO_SUM / "wrong").glob("*.py"))[0]


def environment(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "MLINTERVIEW_HOME": str(home), "COLUMNS": "120", **extra}
    for name in ("MLINTERVIEW_DATABASE_URL", "MLINTERVIEW_DAEMON", "MLINTERVIEW_CONTENT"):
        if name not in extra:
            env.pop(name, None)
    return env


def mli(*args: str, home: Path, cwd: Path | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [MLI, *args], capture_output=True, text=True, env=environment(home, **extra), cwd=cwd, timeout=300
    )


def status(home: Path, **extra: str) -> dict:
    result = mli("daemon", "status", "--json", home=home, **extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def wait_until(condition, timeout_s: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def solved(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A data folder and a correct two-sum in a folder of the learner's."""
    home = tmp_path / "home"
    work = tmp_path / "work"
    work.mkdir()
    (work / "two_sum.py").write_text((TWO_SUM / "solution.py").read_text())
    yield home, work
    daemon_link.stop(home)


def test_first_run_starts_the_service_and_later_runs_use_it(solved: tuple[Path, Path]) -> None:
    home, work = solved
    assert not status(home)["running"]
    first = mli("run", "two_sum.py", home=home, cwd=work)  # a path relative to the learner's folder
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Accepted" in first.stdout and "3/3" in first.stdout
    info = status(home)
    assert info["running"] and info["served"] == 1

    again = mli("submit", "two_sum.py", "--no-complexity", home=home, cwd=work)
    assert again.returncode == 0 and "Accepted" in again.stdout
    later = status(home)
    assert later["pid"] == info["pid"] and later["served"] == 2

    # The client's whole start-up: it imports none of the heavy libraries.
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom mlinterview.cli.client import forward\n"
            "code = forward(['run', 'two_sum.py'])\n"
            "heavy = {'typer', 'click', 'rich', 'sqlalchemy', 'numpy', 'yaml', 'duckdb'}\n"
            "print('loaded:', sorted(m for m in sys.modules if m.split('.')[0] in heavy), code)",
        ],
        capture_output=True,
        text=True,
        env=environment(home),
        cwd=work,
        timeout=120,
    )
    assert "Accepted" in probe.stdout and probe.stdout.rstrip().endswith("loaded: [] 0"), probe.stdout

    # Private to the user: a 0600 socket in a 0700 folder.
    folder = daemon_link.folder(home)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(daemon_link.socket_path(home).stat().st_mode) == 0o600

    # What the service prints is what the command prints in-process, errors and exit codes too.
    missing = mli("run", "nope.py", home=home, cwd=work)
    alone = mli("run", "nope.py", home=home, cwd=work, MLINTERVIEW_DAEMON="off")
    assert missing.returncode == alone.returncode == 2
    assert missing.stdout == alone.stdout and "nope.py: no such file" in missing.stdout


def test_two_terminals_at_once_get_their_own_verdicts(solved: tuple[Path, Path]) -> None:
    home, work = solved
    (work / "wrong").mkdir()
    (work / "wrong" / "two_sum.py").write_text(WRONG.read_text())
    env = environment(home)
    commands = [
        subprocess.Popen(
            [MLI, "submit", str(path), "--json", "--no-complexity"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for path in (work / "two_sum.py", work / "wrong" / "two_sum.py")
    ]
    (right_out, right_err), (wrong_out, _) = (c.communicate(timeout=300) for c in commands)
    assert commands[0].returncode == 0, right_out + right_err
    assert commands[1].returncode == 1
    assert json.loads(right_out)["verdict"] == "accepted"
    assert json.loads(wrong_out)["verdict"] == "wrong_answer"
    info = status(home)
    assert info["running"] and info["served"] == 2  # one service answered both


def test_a_killed_service_is_replaced_by_the_next_command(solved: tuple[Path, Path]) -> None:
    home, work = solved
    assert mli("run", "two_sum.py", home=home, cwd=work).returncode == 0
    pid = status(home)["pid"]
    os.kill(pid, signal.SIGKILL)
    assert wait_until(lambda: daemon_link.running_pid(home) is None)
    assert daemon_link.socket_path(home).exists()  # left behind by the killed service

    result = mli("run", "two_sum.py", home=home, cwd=work)
    assert result.returncode == 0 and "Accepted" in result.stdout
    info = status(home)
    assert info["running"] and info["pid"] != pid


def test_an_edit_to_the_content_or_another_version_restarts_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    extra = tmp_path / "my-content"
    extra.mkdir()
    (extra / "notes.md").write_text("draft\n")
    source = tmp_path / "two-sum.py"
    source.write_text((TWO_SUM / "solution.py").read_text())
    assert mli("run", str(source), home=home, MLINTERVIEW_CONTENT=str(extra)).returncode == 0
    first = status(home, MLINTERVIEW_CONTENT=str(extra))["pid"]

    (extra / "notes.md").write_text("edited\n")
    os.utime(extra / "notes.md", ns=(time.time_ns(), time.time_ns() + 10**9))
    assert wait_until(lambda: daemon_link.running_pid(home) != first)  # it noticed and retired
    result = mli("run", str(source), home=home, MLINTERVIEW_CONTENT=str(extra))
    assert result.returncode == 0 and "Accepted" in result.stdout
    second = status(home, MLINTERVIEW_CONTENT=str(extra))["pid"]
    assert second != first

    # A client of another version is refused, and the service makes way for a fresh one.
    reply = daemon_link.ask(
        home,
        {
            "op": "cli",
            "identity": {"version": "0.0.0-other", "package": "/elsewhere"},
            "argv": ["run", str(source)],
            "cwd": str(tmp_path),
            "env": {},
        },
    )
    assert reply is not None and reply["status"] == "restart"
    assert wait_until(lambda: daemon_link.running_pid(home) is None)


def test_the_service_can_be_switched_off(solved: tuple[Path, Path]) -> None:
    home, work = solved
    result = mli("run", "two_sum.py", home=home, cwd=work, MLINTERVIEW_DAEMON="off")
    assert result.returncode == 0 and "Accepted" in result.stdout
    assert not daemon_link.socket_path(home).exists()
    info = status(home, MLINTERVIEW_DAEMON="off")
    assert not info["running"] and not info["enabled"]
    doctor = mli("doctor", home=home, MLINTERVIEW_DAEMON="off")
    assert doctor.returncode == 0 and "judge service: off" in doctor.stdout


def test_status_stop_and_doctor(solved: tuple[Path, Path]) -> None:
    home, work = solved
    assert "not running" in mli("daemon", "status", home=home).stdout
    assert mli("run", "two_sum.py", home=home, cwd=work).returncode == 0
    shown = mli("daemon", "status", home=home).stdout
    assert "running, pid" in shown and str(daemon_link.socket_path(home)) in shown.replace("\n", "")
    assert "judge service: on; running" in mli("doctor", home=home).stdout

    stopped = mli("daemon", "stop", home=home)
    assert stopped.returncode == 0 and "stopped the judge service" in stopped.stdout
    assert daemon_link.running_pid(home) is None and not daemon_link.socket_path(home).exists()
    assert "no judge service was running" in mli("daemon", "stop", home=home).stdout


def test_colours_reach_a_terminal(solved: tuple[Path, Path]) -> None:
    home, work = solved
    outputs = []
    for mode in ("on", "off"):
        leader, follower = pty.openpty()
        env = environment(home, MLINTERVIEW_DAEMON=mode, TERM="xterm-256color")
        proc = subprocess.Popen(
            [MLI, "run", "two_sum.py"], stdout=follower, stderr=follower, env=env, cwd=work
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert proc.wait(timeout=300) == 0
        outputs.append(b"".join(chunks).decode())
    served, alone = outputs
    assert "\x1b[" in served and "Accepted" in served
    strip = __import__("re").compile(r"\d+\.\d (ms|MB)")  # timings and memory peaks differ run to run
    assert strip.sub("", served) == strip.sub("", alone)


def test_only_its_own_user_may_talk_to_it() -> None:
    # A home that others can reach, and a socket opened up by mistake: the uid check still holds.
    base = Path(tempfile.mkdtemp(prefix="mli-peer-", dir="/tmp"))
    try:
        base.chmod(0o755)
        home = base / "home"
        service = subprocess.Popen(
            [sys.executable, "-m", "mlinterview", "daemon", "run"],
            env=environment(home),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert wait_until(lambda: daemon_link.ask(home, {"op": "status"}) is not None, 120)
            home.chmod(0o755)
            daemon_link.folder(home).chmod(0o755)
            daemon_link.socket_path(home).chmod(0o666)
            pid = os.fork()
            if pid == 0:  # another user knocking
                code = 3
                try:
                    os.setgid(65534)
                    os.setuid(65534)
                    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                    sock.settimeout(10)
                    sock.connect(str(daemon_link.socket_path(home)))
                    daemon_link.send(sock, {"protocol": 1, "op": "status"}, 1 << 20)
                    try:
                        daemon_link.receive(sock, 1 << 20)
                        code = 1  # answered: wrong
                    except (daemon_link.LinkError, OSError):
                        code = 0  # hung up on
                finally:
                    os._exit(code)
            _, wait_status = os.waitpid(pid, 0)
            assert os.waitstatus_to_exitcode(wait_status) == 0
            assert daemon_link.ask(home, {"op": "status"}) is not None  # its owner still gets in
        finally:
            daemon_link.stop(home)
            service.wait(timeout=30)
    finally:
        subprocess.run(["rm", "-rf", str(base)], check=False)


def test_it_stops_by_itself_when_idle(tmp_path: Path) -> None:
    home = tmp_path / "home"
    service = subprocess.Popen(
        [sys.executable, "-m", "mlinterview", "daemon", "run", "--idle-seconds", "1"],
        env=environment(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert wait_until(lambda: daemon_link.ask(home, {"op": "status"}) is not None, 120)
    assert service.wait(timeout=60) == 0
    assert not daemon_link.socket_path(home).exists() and daemon_link.running_pid(home) is None
