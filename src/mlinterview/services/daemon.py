"""The local judge service: one warm process per data folder that the CLI hands commands to.

A one-shot ``mli submit`` spends most of its time starting up (the interpreter, SQLAlchemy, the
judge's warm worker with NumPy) and milliseconds judging. The service pays that once: it holds a
:class:`~mlinterview.services.context.Context` (catalog, store, warm judge pool) and answers the
CLI client over a Unix socket in the data folder (:mod:`mlinterview.services.daemon_link`).
It is started by the first command that needs it and stops after ``idle_s`` without a request.

What a command prints is the CLI's business: the service calls a ``handler`` given by the
interface layer, which runs the very command the client asked for against the shared context.

The service refuses to serve (and retires, so the client starts a fresh one) when the client is
another version or install of mlinterview, when the client's settings differ from its own, or
when the package's code or content changed since it started (checked every ``watch_s``).
Only the user who runs it may talk to it: the socket is 0600 in a 0700 folder, and each peer's
uid (``SO_PEERCRED``) must be the service's own.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import signal
import socket
import struct
import threading
import time
from collections.abc import Callable
from typing import Any

import mlinterview
from mlinterview.config import PACKAGE_DIR, Config, client_environment
from mlinterview.services import daemon_link as link
from mlinterview.services.context import Context

log = logging.getLogger("mlinterview.daemon")

IDLE_S = 15 * 60.0
WATCH_S = 2.0
LOCK_WAIT_S = 30.0

Handler = Callable[[dict[str, Any], Context], dict[str, Any]]


class ServiceContext(Context):
    """A context that outlives each command: ``with ctx:`` in a command does not close it."""

    keeps_warm = True  # worth preparing what a later command will need

    def __exit__(self, *exc: object) -> None:
        pass


def settings_of(env: dict[str, str]) -> dict[str, str]:
    """The variables that change what a command does (the others only change how it looks)."""
    return {k: v for k, v in env.items() if k.startswith(("MLINTERVIEW_", "OPENBLAS_"))}


def fingerprint(config: Config) -> str:
    """Names, sizes and modification times of the package's code and every content folder."""
    digest = hashlib.blake2b(digest_size=16)
    for root in (PACKAGE_DIR, *config.content_dirs[1:]):
        stack = [str(root)]
        while stack:
            here = stack.pop()
            try:
                entries = sorted(os.scandir(here), key=lambda e: e.name)
            except OSError:
                continue
            for entry in entries:
                if entry.name == "__pycache__":
                    continue
                try:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                        continue
                    st = entry.stat()
                except OSError:
                    continue
                digest.update(f"{entry.path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode(errors="replace"))
    return digest.hexdigest()


class Daemon:
    def __init__(
        self, config: Config, handler: Handler, *, idle_s: float = IDLE_S, watch_s: float = WATCH_S
    ) -> None:
        self.config = config
        self.handler = handler
        self.idle_s = idle_s
        self.watch_s = watch_s
        self.home = config.home
        self.settings = settings_of(client_environment())
        self.started = time.time()
        self.served = 0
        self.active = 0
        self.last_request = time.monotonic()
        self.retired: str | None = None
        self._lock = threading.RLock()  # re-entered by the SIGTERM handler on the main thread
        self._stop = threading.Event()
        self._listener: socket.socket | None = None
        self._socket_inode: int | None = None
        self._pid_fd: int | None = None
        self.ctx: ServiceContext | None = None

    # -- life cycle ----------------------------------------------------------------------------
    def run(self) -> int:
        """Serve until idle, stopped or stale. Returns 0, or 1 when another service is running."""
        if not link.usable(self.home):
            log.error("data folder path too long for a socket: %s", self.home)
            return 1
        link.make_folder(self.home)
        if not self._take_lock():
            return 1
        try:
            self.ctx = ServiceContext(self.config, workers=1)
            self._warm(self.ctx)
            stamp = fingerprint(self.config)
            self._listen()
            watcher = threading.Thread(target=self._watch, args=(stamp,), daemon=True)
            watcher.start()
            with contextlib.suppress(ValueError):  # not the main thread (tests)
                signal.signal(signal.SIGTERM, lambda *_: self.retire("stopped by SIGTERM"))
            log.info("serving %s (pid %d)", self.home, os.getpid())
            self._accept_loop()
        finally:
            self._close_listener()
            self._drain()
            if self.ctx is not None:
                self.ctx.close()
            if self._pid_fd is not None:
                os.close(self._pid_fd)  # releases the lock last: a new service may now start
        log.info("stopped: %s", self.retired)
        return 0

    def retire(self, reason: str) -> None:
        """Stop taking requests (the socket goes at once) and end when the last one is answered."""
        with self._lock:
            if self.retired is None:
                self.retired = reason
        self._close_listener()
        self._stop.set()

    def _take_lock(self) -> bool:
        path = link.pid_path(self.home)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                # Another service holds it: fine if it serves; if it is retiring, wait for it.
                probe = link.connect(self.home, timeout_s=1.0)
                if probe is not None:
                    probe.close()
                    os.close(fd)
                    return False
                if time.monotonic() > deadline:
                    os.close(fd)
                    return False
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._pid_fd = fd
        return True

    @staticmethod
    def _warm(ctx: Context) -> None:
        ctx.catalog.problems()
        ctx.store.version()
        ctx.pool.worker()

    def _listen(self) -> None:
        path = link.socket_path(self.home)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # a stale socket: we hold the lock, so nobody serves on it
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o177)
        try:
            listener.bind(os.fspath(path))
        finally:
            os.umask(old)
        os.chmod(path, 0o600)
        listener.listen(32)
        listener.settimeout(0.5)
        self._socket_inode = path.stat().st_ino
        self._listener = listener

    def _close_listener(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
        if listener is None:
            return
        listener.close()
        path = link.socket_path(self.home)
        with contextlib.suppress(OSError):
            if path.stat().st_ino == self._socket_inode:
                path.unlink()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            listener = self._listener
            if listener is None:
                break
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                with self._lock:
                    idle = self.active == 0 and time.monotonic() - self.last_request > self.idle_s
                if idle:
                    self.retire(f"idle for {self.idle_s:g} s")
                continue
            except OSError:
                break
            with self._lock:
                self.active += 1
                self.last_request = time.monotonic()
            threading.Thread(target=self._serve_one, args=(conn,), daemon=True).start()

    def _drain(self, wait_s: float = 120.0) -> None:
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            with self._lock:
                if self.active == 0:
                    return
            time.sleep(0.02)

    def _watch(self, stamp: str) -> None:
        while not self._stop.wait(self.watch_s):
            if fingerprint(self.config) != stamp:
                self.retire("the code or the content changed")
                return

    # -- one connection ------------------------------------------------------------------------
    def _serve_one(self, conn: socket.socket) -> None:
        try:
            with conn:
                if not _same_user(conn):
                    log.warning("refused a connection from another user")
                    return
                conn.settimeout(30.0)
                try:
                    request = link.receive(conn, link.MAX_REQUEST_BYTES)
                except (OSError, link.LinkError) as exc:
                    log.warning("bad request: %s", exc)
                    return
                conn.settimeout(None)
                reply = self._answer(request)
                with contextlib.suppress(OSError, link.LinkError):
                    link.send(conn, reply, link.MAX_REPLY_BYTES)
        finally:
            with self._lock:
                self.active -= 1
                self.last_request = time.monotonic()

    def _answer(self, request: dict[str, Any]) -> dict[str, Any]:
        op = request.get("op")
        if op == "status":
            return {"status": "ok", **self.status()}
        if op == "stop":
            self.retire("stopped by mli daemon stop")
            return {"status": "stopping"}
        if op != "cli":
            return {"status": "error", "message": f"unknown request {op!r}"}
        if self.retired is not None:
            return {"status": "restart", "reason": self.retired}
        reason = self._refusal(request)
        if reason is not None:
            self.retire(reason)
            return {"status": "restart", "reason": reason}
        assert self.ctx is not None
        try:
            reply = self.handler(request, self.ctx)
        except Exception:
            log.exception("a command failed in the service; the client runs it itself")
            return {"status": "fallback"}
        with self._lock:
            self.served += 1
        return reply

    def _refusal(self, request: dict[str, Any]) -> str | None:
        if request.get("protocol") != link.PROTOCOL:
            return "another protocol version"
        if request.get("identity") != link.identity():
            return "a client of another version or install"
        env = request.get("env")
        if not isinstance(env, dict) or settings_of(env) != self.settings:
            return "a client with other settings"
        return None

    def status(self) -> dict[str, Any]:
        return {
            "pid": os.getpid(),
            "home": str(self.home),
            "socket": str(link.socket_path(self.home)),
            "version": mlinterview.__version__,
            "started": self.started,
            "uptime_s": round(time.time() - self.started, 1),
            "served": self.served,
            "idle_s": self.idle_s,
            "workers": len(self.ctx.pool.workers) if self.ctx is not None else 0,
        }


def _same_user(conn: socket.socket) -> bool:
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _, uid, _ = struct.unpack("3i", creds)
    return uid == os.getuid()


def serve(config: Config, handler: Handler, *, idle_s: float = IDLE_S) -> int:
    """Run the service of ``config.home`` in this process until it retires."""
    return Daemon(config, handler, idle_s=idle_s).run()
