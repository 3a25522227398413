"""The judge service's address and wire format, shared by the service and the CLI client.

The service of a data folder lives in ``$MLINTERVIEW_HOME/daemon/`` (mode 0700): ``daemon.sock``
(a Unix socket, mode 0600), ``daemon.pid`` (its pid, under an exclusive ``flock`` held for as long
as it runs: a pid file whose lock nobody holds belongs to a killed service) and ``daemon.log``.
A message is a 4-byte big-endian length and that many bytes of UTF-8 JSON, capped both ways.

This module imports the standard library only: the client's fast path goes through it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
from pathlib import Path
from typing import Any

PROTOCOL = 1
MAX_REQUEST_BYTES = 1 << 20  # argv, cwd and a few variables
MAX_REPLY_BYTES = 32 << 20  # a rendered report, bounded by the judge's previews
# sun_path holds 108 bytes; a data folder deeper than this runs commands in-process.
MAX_SOCKET_PATH = 100


def identity() -> dict[str, str]:
    """Who a client or a service is: a client of another version or install is not served."""
    import mlinterview
    from mlinterview.config import PACKAGE_DIR

    return {"version": mlinterview.__version__, "package": str(PACKAGE_DIR)}


class LinkError(Exception):
    """The other side broke the protocol, went away, or sent too much."""


def folder(home: Path) -> Path:
    return home / "daemon"


def socket_path(home: Path) -> Path:
    return folder(home) / "daemon.sock"


def pid_path(home: Path) -> Path:
    return folder(home) / "daemon.pid"


def log_path(home: Path) -> Path:
    return folder(home) / "daemon.log"


def usable(home: Path) -> bool:
    """Whether a socket can live in this data folder (its path fits in ``sun_path``)."""
    return len(os.fsencode(socket_path(home))) <= MAX_SOCKET_PATH


def make_folder(home: Path) -> Path:
    """The service's folder, private to this user whatever the umask."""
    where = folder(home)
    where.mkdir(parents=True, exist_ok=True)
    os.chmod(where, 0o700)
    return where


def send(sock: socket.socket, message: dict[str, Any], cap: int) -> None:
    body = json.dumps(message, ensure_ascii=False).encode("utf-8", errors="surrogateescape")
    if len(body) > cap:
        raise LinkError(f"message of {len(body)} bytes is larger than {cap}")
    sock.sendall(len(body).to_bytes(4, "big") + body)


def receive(sock: socket.socket, cap: int) -> dict[str, Any]:
    size = int.from_bytes(_exactly(sock, 4), "big")
    if size > cap:
        raise LinkError(f"message of {size} bytes is larger than {cap}")
    try:
        message = json.loads(_exactly(sock, size).decode("utf-8", errors="surrogateescape"))
    except ValueError as exc:
        raise LinkError(f"not JSON: {exc}") from None
    if not isinstance(message, dict):
        raise LinkError("not a JSON object")
    return message


def _exactly(sock: socket.socket, size: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = sock.recv(min(size - len(chunks), 1 << 20))
        if not chunk:
            raise LinkError("the other side closed the connection")
        chunks += chunk
    return bytes(chunks)


def connect(home: Path, timeout_s: float | None = None) -> socket.socket | None:
    """A connection to the running service, or None when there is none (no socket, or a
    stale one left by a killed service: nobody accepts on it)."""
    path = socket_path(home)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout_s)
    try:
        sock.connect(os.fspath(path))
    except OSError:
        sock.close()
        return None
    return sock


def ask(home: Path, message: dict[str, Any], timeout_s: float | None = 10.0) -> dict[str, Any] | None:
    """One request and its reply, or None when no service answers."""
    sock = connect(home, timeout_s)
    if sock is None:
        return None
    with sock:
        try:
            send(sock, {"protocol": PROTOCOL, **message}, MAX_REQUEST_BYTES)
            return receive(sock, MAX_REPLY_BYTES)
        except (OSError, LinkError):
            return None


def running_pid(home: Path) -> int | None:
    """The pid of the service holding the lock, or None when no live service holds it."""
    path = pid_path(home)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.pread(fd, 32, 0).decode("ascii", errors="replace").strip()
            return int(text) if text.isdigit() else None
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None  # nobody holds it: the service that wrote it is gone
    finally:
        os.close(fd)


def stop(home: Path, wait_s: float = 10.0) -> bool:
    """Ask the service to stop and wait until it has; True if one was running."""
    import signal
    import time

    pid = running_pid(home)
    answered = ask(home, {"op": "stop"}, timeout_s=wait_s) is not None
    if pid is None and not answered:
        return False
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if running_pid(home) is None:
            return True
        time.sleep(0.02)
    if pid is not None:  # it did not go politely
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return True
