"""The interview loop on the command line: registers ``mli plan`` (cli/plan.py), ``mli mock``
(cli/mock.py), ``mli journal`` and ``mli company`` (cli/journal.py), and holds ``mli readiness``,
``mli export progress``, ``mli import`` and the helpers they share. Each command calls a service
and renders what it returns."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    pass

JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    from mlinterview.cli.journal import company_app, journal_app
    from mlinterview.cli.mock import mock_app
    from mlinterview.cli.plan import plan_app

    app.add_typer(plan_app, name="plan")
    app.add_typer(mock_app, name="mock")
    app.add_typer(journal_app, name="journal")
    app.add_typer(company_app, name="company")
    export_app.command("progress")(export_progress)
    app.command("import")(import_progress)
    app.command("readiness")(readiness_cmd)


def _ctx() -> Any:
    from mlinterview.cli.app import context

    return context()


def _out() -> Any:
    from mlinterview.cli.app import console

    return console()


def _run(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Call a service with a fresh context; our errors become a one-line message."""
    from mlinterview.cli.app import fail
    from mlinterview.errors import MliError

    try:
        with _ctx() as ctx:
            return fn(ctx, *args, **kwargs)
    except MliError as exc:
        raise fail(str(exc)) from None


# -- export and import ---------------------------------------------------------------------------
def export_progress(file: Annotated[Path, typer.Argument(help="The .json file to write.")]) -> None:
    """Write all your progress (attempts, reviews, plan, mocks, journal, stories) as JSON."""
    from mlinterview.services.transfer import export_progress as write

    counts = _run(write, file)
    _out().print(f"[green]wrote[/] {file}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))


def import_progress(file: Annotated[Path, typer.Argument(help="A file from `mli export progress`.")]) -> None:
    """Read progress exported by `mli export progress`; conflicts are named and both sides kept."""
    from mlinterview.services.transfer import import_progress as read

    result = _run(read, file)
    out = _out()
    out.print(f"[green]imported[/] {file}: " + ", ".join(f"{n} {k}" for k, n in result.added.items()))
    for conflict in result.conflicts:
        out.print(f"[yellow]conflict[/]: {conflict}")


# -- readiness -----------------------------------------------------------------------------------
def readiness_cmd(as_json: JsonOpt = False) -> None:
    """Readiness per subject, with its reasons and the one thing that would raise it most."""
    from mlinterview.services.readiness import readiness

    rows = _run(readiness)
    if as_json:
        print(json.dumps({"subjects": [r.to_json() for r in rows]}))
        return
    out = _out()
    for r in rows:
        figure = "—" if r.score is None else f"{r.score:.0f}/100"
        trend = f" ({r.trend:+.0f} this week)" if r.trend is not None and round(r.trend) else ""
        out.print(f"[bold]{r.title}[/]: {figure}{trend}")
        out.print(f"  [dim]{' · '.join(r.reasons)}[/]")
        out.print(f"  raise it most: {r.next_step}")
