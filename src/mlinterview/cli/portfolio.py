"""``mli portfolio``: the project deep dive: a write-up template, the questions interviewers
ask about a project, and a static HTML page of the learner's projects."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from mlinterview.cli.app import JsonOpt, console, guarded

portfolio_app = typer.Typer(
    help="Project deep dives: a write-up template, the interviewer's questions, a static page.",
    no_args_is_help=True,
)


@portfolio_app.command("template")
@guarded
def template(
    out: Annotated[
        Path | None, typer.Argument(help="Write the template to this file (default: print it).")
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
) -> None:
    """The project write-up template: problem, data, model, evaluation, what you would do differently."""
    from mlinterview.errors import UserInputError
    from mlinterview.services.portfolio import TEMPLATE

    if out is None:
        print(TEMPLATE, end="")
        return
    if out.exists() and not force:
        raise UserInputError(f"{out} exists; pass --force to overwrite it")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(TEMPLATE, encoding="utf-8")
    console().print(f"[green]wrote[/] {out}  [dim]fill it in, then: mli portfolio build {out.parent}[/]")


@portfolio_app.command("questions")
@guarded
def questions(as_json: JsonOpt = False) -> None:
    """The questions interviewers ask about a project, part by part."""
    from mlinterview.services.portfolio import DEEP_DIVE_QUESTIONS, SECTIONS

    if as_json:
        print(json.dumps({k: list(v) for k, v in DEEP_DIVE_QUESTIONS.items()}, indent=1))
        return
    out = console()
    for key, items in DEEP_DIVE_QUESTIONS.items():
        out.print(f"\n[bold cyan]{SECTIONS[key]}[/]")
        for q in items:
            out.print(f"  • {q}", soft_wrap=True)
    out.print("\n[dim]Rehearse the deep-dive answers: mli story practice --competency project-deep-dive[/]")


@portfolio_app.command("build")
@guarded
def build(
    folder: Annotated[Path, typer.Argument(help="A folder of project files (*.md or *.yaml).")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="The HTML file to write (default: FOLDER/index.html).")
    ] = None,
    title: Annotated[str, typer.Option(help="The page's title.")] = "Machine learning projects",
) -> None:
    """Write a static HTML page of your projects, one section per project file in FOLDER."""
    from datetime import UTC, datetime

    from mlinterview.services.portfolio import load_projects
    from mlinterview.web.portfolio_page import render_portfolio

    projects = load_projects(folder)
    target = out or folder / "index.html"
    html = render_portfolio(projects, title=title, generated=datetime.now(UTC))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
    console().print(f"[green]wrote[/] {target}: {len(projects)} project(s)")
