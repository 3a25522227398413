"""The thin client: ``mli run`` and ``mli submit`` handed to the local judge service.

``mli`` enters here. For the commands in :data:`FORWARDED` it sends argv, the working folder and
the variables that matter (:func:`mlinterview.config.client_environment`) to the service of the
data folder, starting one if none answers, and prints what the service rendered, with its exit
status. Everything else, and these commands whenever the service is off
(``MLINTERVIEW_DAEMON=off``) or cannot be reached, runs in this process as before.

Imports here stay tiny (no Typer, Rich, SQLAlchemy or NumPy): they are the whole start-up cost
of a forwarded command.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

FORWARDED = frozenset({"run", "submit"})
START_WAIT_S = 60.0  # a first start imports everything and warms a judge worker


def main() -> None:
    try:
        code = forward(sys.argv[1:])
    except KeyboardInterrupt:  # Ctrl-C while the service judges: leave quietly, as in-process
        sys.exit(130)
    if code is not None:
        sys.exit(code)
    from mlinterview.cli.app import app

    app(prog_name="mli")


def forward(argv: list[str]) -> int | None:
    """Run ``mli ARGV`` in the service and print its output; the exit status, or None when the
    command should run in this process instead."""
    if not argv or argv[0] not in FORWARDED or "--help" in argv or "-h" in argv:
        return None
    from mlinterview.config import Config, client_environment

    try:
        config = Config.from_env()
    except Exception:  # the in-process command reports a bad setting properly
        return None
    if not config.use_daemon:
        return None
    from mlinterview.services import daemon_link as link

    if not link.usable(config.home):
        return None
    request = {
        "op": "cli",
        "protocol": link.PROTOCOL,
        "identity": link.identity(),
        "argv": argv,
        "cwd": os.getcwd(),
        "env": client_environment(),
        "tty": _isatty(sys.stdout),
        "encoding": getattr(sys.stdout, "encoding", None) or "utf-8",
        "size": _terminal_size(),
    }
    for _ in range(3):
        sock = link.connect(config.home) or _start(config.home)
        if sock is None:
            return None
        try:
            with sock:
                link.send(sock, request, link.MAX_REQUEST_BYTES)
                reply = link.receive(sock, link.MAX_REPLY_BYTES)
        except (OSError, link.LinkError):
            return None  # the service died while working: do it here
        status = reply.get("status")
        if status == "restart":  # stale: it is going away; start a fresh one
            _wait_gone(config.home)
            continue
        if status != "done":
            return None
        return _show(reply)
    return None


def _show(reply: dict[str, Any]) -> int:
    out, err, code = reply.get("stdout"), reply.get("stderr"), reply.get("code")
    if isinstance(out, str) and out:
        sys.stdout.write(out)
        sys.stdout.flush()
    if isinstance(err, str) and err:
        sys.stderr.write(err)
        sys.stderr.flush()
    return code if isinstance(code, int) else 1


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _terminal_size() -> list[int] | None:
    """The size Rich would find for this process (it tries stdin, stdout, stderr in turn)."""
    for fd in (0, 1, 2):
        try:
            columns, lines = os.get_terminal_size(fd)
        except (OSError, ValueError):
            continue
        return [columns, lines]
    return None


def _start(home: Path) -> Any:
    """Start the service in the background and connect to it once it listens."""
    import subprocess

    from mlinterview.services import daemon_link as link

    link.make_folder(home)
    with open(link.log_path(home), "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mlinterview", "daemon", "run"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    deadline = time.monotonic() + START_WAIT_S
    while time.monotonic() < deadline:
        sock = link.connect(home)
        if sock is not None:
            return sock
        if proc.poll() is not None and link.running_pid(home) is None:
            return None  # it could not start; its reason is in daemon.log
        time.sleep(0.01)
    return None


def _wait_gone(home: Path, wait_s: float = 30.0) -> None:
    from mlinterview.services import daemon_link as link

    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline and link.running_pid(home) is not None:
        time.sleep(0.01)
