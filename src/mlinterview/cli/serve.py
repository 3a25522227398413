"""``mli serve``: the web app on this machine, with warm judge workers."""

from __future__ import annotations

import socket
from typing import Annotated

import typer

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on. Anything but 127.0.0.1 lets other machines in.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[
        int | None, typer.Option(help="Warm judge workers (default: MLINTERVIEW_WORKERS, 2).", min=1)
    ] = None,
) -> None:
    """Start the web app: problems, an editor, reviews and progress in your browser."""
    import uvicorn

    from mlinterview.cli.app import console, fail
    from mlinterview.config import Config
    from mlinterview.errors import MliError
    from mlinterview.services.context import Context
    from mlinterview.web.app import create_app, warm
    from mlinterview.web.security import LOCAL_HOSTS
    from mlinterview.web.server import raise_open_file_limit, server_config

    out = console()
    is_local = host in LOOPBACK
    allowed = LOCAL_HOSTS if is_local else None
    shown = f"[{host}]" if ":" in host else host

    def ready() -> None:
        out.print(
            f"[bold]mlinterview[/] is running at [cyan]http://{shown}:{port}[/]  [dim](Ctrl-C to stop)[/]"
        )
        out.print(f"[dim]data: {ctx.config.home} · judge workers: {ctx.workers}[/]")
        if not is_local:
            out.print(
                "[yellow]warning:[/] listening beyond this machine: anyone who can reach this "
                "address can read your progress and run code in the judge's sandbox."
            )

    if not _can_listen(host, port):
        raise fail(
            f"cannot listen on {shown}:{port}: the port is in use or the address is not "
            "this machine's; pick another with --port"
        )
    out.print("[dim]starting the judge's warm workers …[/]")
    try:
        ctx = Context(Config.from_env(), workers=workers)
    except MliError as exc:
        raise fail(str(exc)) from None
    try:
        warm(ctx)
        app = create_app(ctx, allowed_hosts=allowed)
    except MliError as exc:
        ctx.close()
        raise fail(str(exc)) from None

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:  # listening now: the address works
                ready()

    raise_open_file_limit()
    config = server_config(app, host, port)
    try:
        Server(config).run()
    except KeyboardInterrupt:  # uvicorn has shut down gracefully and passes Ctrl-C on
        pass
    finally:
        ctx.close()
    out.print("[dim]stopped[/]")


def _can_listen(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True
