"""``mli daemon``: the local judge service's commands, and how it renders a client's command.

The service (:mod:`mlinterview.services.daemon`) hands each client request to :func:`handle`,
which runs the same Typer command the client named, on the service's shared context, with its
output captured as the client's terminal would show it: the client's width, colours when its
stdout is a terminal, its working folder for relative paths, and the command's exit status.
Requests run on their own threads, so everything per request is thread-local.
"""

from __future__ import annotations

import io
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from mlinterview.services.context import Context

daemon_app = typer.Typer(
    help="The local judge service that makes `mli run` and `mli submit` answer fast.",
    no_args_is_help=True,
)

_local = threading.local()
_command_lock = threading.Lock()
_command: Any = None


def _click_command() -> Any:
    """The whole ``mli`` command tree, built once (Typer takes ~0.1 s to build it)."""
    global _command
    with _command_lock:
        if _command is None:
            from mlinterview.cli.app import app

            _command = typer.main.get_command(app)
        return _command


class _Capture(io.StringIO):
    """One request's stdout or stderr, which says it is a terminal when the client's is."""

    def __init__(self, is_tty: bool, encoding: str) -> None:
        super().__init__()
        self._is_tty = is_tty
        self._encoding = encoding

    def isatty(self) -> bool:
        return self._is_tty

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


class _PerThread(io.TextIOBase):
    """Stands in for ``sys.stdout``/``sys.stderr``: a request thread writes to its capture,
    anything else to the service's log."""

    def __init__(self, name: str, fallback: Any) -> None:
        self._name = name
        self._fallback = fallback

    def _target(self) -> Any:
        return getattr(_local, self._name, None) or self._fallback

    def write(self, text: str) -> int:
        return int(self._target().write(text))

    def flush(self) -> None:
        self._target().flush()

    def isatty(self) -> bool:
        return bool(self._target().isatty())

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self._target(), "encoding", "utf-8"))


def shared_context() -> Context | None:
    """The service's context while a client's command runs on this thread, else None."""
    return getattr(_local, "ctx", None)


def console_options() -> dict[str, Any]:
    """What the ``Console`` of a client's command needs to look as it would in the client."""
    request = getattr(_local, "request", None)
    if request is None:
        return {}
    env = {str(k): str(v) for k, v in (request.get("env") or {}).items()}
    options: dict[str, Any] = {"file": _local.stdout, "_environ": env}
    size = request.get("size")
    dumb = env.get("TERM", "").lower() in ("dumb", "unknown")
    if isinstance(size, list) and len(size) == 2 and not dumb:
        if not env.get("COLUMNS", "").isdigit() and size[0]:
            options["width"] = int(size[0])
        if not env.get("LINES", "").isdigit() and size[1]:
            options["height"] = int(size[1])
    return options


class _ClientPath(type(Path())):  # type: ignore[misc]
    """A path the client named: opened relative to the client's folder, shown as typed."""

    _shown = ""

    def __str__(self) -> str:
        return self._shown or super().__str__()

    def __fspath__(self) -> str:
        return super().__str__()


def client_path(path: Path) -> Path:
    """``path`` as the client meant it (its working folder), when a client's command runs."""
    request = getattr(_local, "request", None)
    if request is None or path.is_absolute():
        return path
    resolved = _ClientPath(Path(str(request["cwd"])) / path)
    resolved._shown = str(path)
    return resolved


def handle(request: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """Run a client's command here and return what it printed and its exit status."""
    import click

    argv = [str(a) for a in request.get("argv") or []]
    is_tty = bool(request.get("tty"))
    encoding = str(request.get("encoding") or "utf-8")
    _local.request, _local.ctx = request, ctx
    _local.stdout, _local.stderr = _Capture(is_tty, encoding), _Capture(is_tty, encoding)
    try:
        command = _click_command()
        try:
            code = command.main(args=argv, prog_name="mli", standalone_mode=False)
        except (click.ClickException, click.Abort):
            return {"status": "fallback"}  # usage errors look exactly right in-process
        return {
            "status": "done",
            "stdout": _local.stdout.getvalue(),
            "stderr": _local.stderr.getvalue(),
            "code": code if isinstance(code, int) else 0,
        }
    finally:
        for name in ("request", "ctx", "stdout", "stderr"):
            setattr(_local, name, None)


@daemon_app.command("run", hidden=True)
def run_service(
    idle_seconds: Annotated[float, typer.Option(hidden=True, help="Stop after this long idle.")] = 0.0,
) -> None:
    """Run the service in the foreground (the CLI starts it on first use)."""
    import logging

    from mlinterview.config import Config
    from mlinterview.services.daemon import IDLE_S, serve

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(process)d %(message)s")
    sys.stdout = _PerThread("stdout", sys.stdout)
    sys.stderr = _PerThread("stderr", sys.stderr)
    _click_command()
    code = serve(Config.from_env(), handle, idle_s=idle_seconds or IDLE_S)
    raise typer.Exit(code)


@daemon_app.command("status")
def status(as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False) -> None:
    """Show whether the judge service of this data folder runs, and since when."""
    import json

    from mlinterview.cli.app import console

    info = service_status()
    if as_json:
        print(json.dumps(info))
        return
    console().print(describe(info))


@daemon_app.command("stop")
def stop() -> None:
    """Stop the judge service of this data folder (the next `mli run` starts a fresh one)."""
    from mlinterview.cli.app import console
    from mlinterview.config import Config
    from mlinterview.services import daemon_link as link

    stopped = link.stop(Config.from_env().home)
    console().print("stopped the judge service" if stopped else "no judge service was running")


def service_status() -> dict[str, Any]:
    """The service's own account of itself, or why there is none."""
    from mlinterview.config import Config
    from mlinterview.services import daemon_link as link

    config = Config.from_env()
    info: dict[str, Any] = {"enabled": config.use_daemon, "running": False}
    reply = link.ask(config.home, {"op": "status"}, timeout_s=5.0) if link.usable(config.home) else None
    if reply and reply.get("status") == "ok":
        info.update(reply)
        info["running"] = True
        info.pop("status", None)
    else:
        info["socket"] = str(link.socket_path(config.home))
        pid = link.running_pid(config.home)
        if pid is not None:
            info["pid"] = pid  # holds the lock but does not answer: starting or stopping
    return info


def describe(info: dict[str, Any]) -> str:
    where = "on" if info.get("enabled") else "off (MLINTERVIEW_DAEMON=off): commands run in-process"
    if info.get("running"):
        return (
            f"judge service: {where}; running, pid {info['pid']}, up {info['uptime_s']:.0f} s, "
            f"{info['served']} command(s) served, stops after {info['idle_s']:.0f} s idle\n"
            f"  socket: {info['socket']}"
        )
    if info.get("pid"):
        return f"judge service: {where}; starting or stopping (pid {info['pid']})"
    return f"judge service: {where}; not running (the next `mli run` or `mli submit` starts it)"
