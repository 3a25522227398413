"""ML system design commands: ``mli design start|clarify|grade|reveal``, and the design rows of
``mli list --track design`` and ``mli show SLUG``."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from mlinterview.catalog.design import DesignPrompt
    from mlinterview.services.context import Context
    from mlinterview.services.design import Graded
    from mlinterview.services.design_llm import LlmReview

design_app = typer.Typer(
    help="ML system design practice: a prompt, 45 minutes, a rubric grader.", no_args_is_help=True
)


def list_design(as_json: bool) -> None:
    """``mli list --track design``."""
    from rich.table import Table

    from mlinterview.cli.app import console, context
    from mlinterview.services.design import list_prompts

    with context() as ctx:
        rows = list_prompts(ctx)
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": r.prompt.id,
                        "slug": r.prompt.slug,
                        "title": r.prompt.title,
                        "track": "design",
                        "difficulty": r.prompt.difficulty,
                        "topics": list(r.prompt.topics),
                        "best_score": r.best_score,
                        "attempts": r.attempts,
                    }
                    for r in rows
                ],
                indent=1,
            )
        )
        return
    out = console()
    table = Table(header_style="bold", box=None)
    for column in ("slug", "title", "difficulty", "best", "topics"):
        table.add_column(column)
    for r in rows:
        best = f"{r.best_score:.0%}" if r.best_score is not None else "—"
        table.add_row(r.prompt.slug, r.prompt.title, r.prompt.difficulty, best, ", ".join(r.prompt.topics))
    out.print(table)
    out.print(f"[dim]{len(rows)} design prompts · mli design start SLUG[/]")


def show_design(slug: str) -> bool:
    """``mli show SLUG`` for a design prompt; False when SLUG is not one."""
    from mlinterview.cli.app import console, context
    from mlinterview.cli.render import markdown

    with context() as ctx:
        if not ctx.catalog.is_design(slug):
            return False
        p = ctx.catalog.design(slug)
    out = console()
    out.print(
        f"[bold]{p.title}[/]  [dim]design · {p.difficulty} · {p.minutes} min · {', '.join(p.topics)}[/]\n"
    )
    markdown(out, p.prompt)
    out.print(f"\n[dim]{len(p.clarify)} clarifying questions:[/] mli design clarify {p.slug}")
    out.print(f"[dim]Start the clock with[/] [cyan]mli design start {p.slug}[/]")
    return True


def _guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``cli.app.guarded``, imported when the command runs (cli.app imports this module)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from mlinterview.cli.app import guarded

        return guarded(fn)(*args, **kwargs)

    return wrapper


def _context() -> Context:
    from mlinterview.cli.app import context

    return context()


@design_app.command("start")
@_guarded
def start(
    slug: str, force: Annotated[bool, typer.Option(help="Overwrite your existing answer file.")] = False
) -> None:
    """Write the answer template (a section per stage) and start the 45-minute clock."""
    from mlinterview.cli.app import console
    from mlinterview.services.design import start as start_design

    with _context() as ctx:
        started = start_design(ctx, slug, force=force)
    out = console()
    if started.created:
        out.print(f"[green]wrote[/] {started.path}")
    else:
        out.print(f"[yellow]kept your existing answer[/] {started.path} [dim](--force to reset it)[/]")
    out.print(
        f"[bold]{started.prompt.minutes} minutes[/] from now: until "
        f"{started.deadline.astimezone():%H:%M}. Read the prompt with [cyan]mli show {slug}[/]."
    )
    out.print(f"[dim]then:[/] mli design grade {slug} {started.path}")


@design_app.command("clarify")
@_guarded
def clarify(
    slug: str,
    number: Annotated[int | None, typer.Argument(help="Reveal this question's answer (1-based).")] = None,
) -> None:
    """The clarifying questions; with NUMBER, the interviewer's answer to that one."""
    from mlinterview.cli.app import console, fail

    with _context() as ctx:
        p = ctx.catalog.design(slug)
    out = console()
    if number is None:
        for i, c in enumerate(p.clarify, 1):
            out.print(f"{i}. {c.question}")
        out.print(f"[dim]Reveal an answer: mli design clarify {p.slug} N[/]")
        return
    if not 1 <= number <= len(p.clarify):
        raise fail(f"{p.slug} has clarifying questions 1 to {len(p.clarify)}")
    c = p.clarify[number - 1]
    out.print(f"[bold]{number}. {c.question}[/]\n{c.answer}")


@design_app.command("grade")
@_guarded
def grade(
    slug: str,
    file: Path,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    claimed: Annotated[
        str | None,
        typer.Option(
            "--self", help="Your self-grade first: the point ids you believe you covered, comma-separated."
        ),
    ] = None,
    llm: Annotated[
        bool, typer.Option("--llm", help="Also ask the model at MLINTERVIEW_LLM_URL to grade the answer.")
    ] = False,
    record: Annotated[bool, typer.Option(help="Store the grade and update the review queue.")] = True,
) -> None:
    """Score FILE against the prompt's rubric: each point covered (with the sentence) or missed."""
    from mlinterview.cli.app import console
    from mlinterview.errors import UserInputError
    from mlinterview.services.design import grade_answer, read_answer

    text = read_answer(file)
    self_ids = [s.strip() for s in claimed.split(",") if s.strip()] if claimed is not None else None
    with _context() as ctx:
        p = ctx.catalog.design(slug)
        if llm and not ctx.config.llm_url:
            raise UserInputError(
                "--llm needs MLINTERVIEW_LLM_URL: an OpenAI-compatible server (README, Settings)"
            )
        graded = grade_answer(ctx, p, text, self_ids=self_ids, record=record)
        review = None
        if llm:
            from mlinterview.services.design_llm import llm_review

            review = llm_review(ctx.config, p, text)
    if as_json:
        payload = graded.grade.to_dict()
        if self_ids is not None:
            payload["self"] = graded.self_difference()
        if review is not None:
            payload["llm"] = review.to_dict()
        print(json.dumps(payload))
        return
    _print_grade(console(), p, graded)
    if review is not None:
        _print_llm(console(), graded, review)


def _print_grade(out: Console, p: DesignPrompt, graded: Graded) -> None:
    from rich.table import Table

    g = graded.grade
    texts = {pt.id: pt.text for pt in p.rubric}
    out.print(f"[bold]{p.title}[/] — rubric coverage [bold]{g.score:.0%}[/] ({g.words} words)")
    if g.words < 400:
        out.print("[dim]Answers under 400 words are scaled down by their length (docs/DESIGN-GRADER.md).[/]")
    table = Table(box=None, header_style="bold", show_lines=False)
    for column in ("", "point", "stage", "weight", "evidence / what a strong answer states"):
        table.add_column(column, overflow="fold")
    for pt in g.points:
        mark = "[green]✓[/]" if pt.covered else "[red]✗[/]"
        detail = " ".join(f"“{e}”" for e in pt.evidence) if pt.covered else f"[dim]{texts[pt.id]}[/]"
        table.add_row(mark, pt.id, pt.stage, f"{pt.weight:.2f}", detail)
    out.print(table)
    if graded.self_ids is not None:
        diff = graded.self_difference()
        if diff["claimed_not_found"]:
            out.print(
                f"[yellow]You ticked, the grader did not find:[/] {', '.join(diff['claimed_not_found'])}"
            )
        if diff["found_not_claimed"]:
            out.print(f"[cyan]Found but you did not tick:[/] {', '.join(diff['found_not_claimed'])}")
        if not any(diff.values()):
            out.print("[green]Your self-grade matches the grader's.[/]")
    if graded.elapsed_s is not None:
        out.print(f"[dim]time since mli design start: {graded.elapsed_s / 60:.0f} of {p.minutes} min[/]")
    if graded.new_review_cards:
        out.print(
            f"[dim]{len(graded.new_review_cards)} missed point(s) added to your review cards (mli review)[/]"
        )
    out.print(f"[dim]The model answer and rubric:[/] mli design reveal {p.slug}")


def _print_llm(out: Console, graded: Graded, review: LlmReview) -> None:
    """The model's grade beside the deterministic one, point by point."""
    from rich.table import Table

    out.print("\n[bold]Model grader[/] " + (f"[dim]({review.model})[/]" if review.model else ""))
    if review.error:
        out.print(f"[yellow]{review.error}[/] [dim](the result above does not depend on it)[/]")
        return
    if review.score is not None:
        out.print(f"model's score: {review.score:.0%} · rubric grader's: {graded.grade.score:.0%}")
    table = Table(box=None, header_style="bold")
    for column in ("point", "grader", "model", "model's comment"):
        table.add_column(column, overflow="fold")
    marks = {True: "[green]✓[/]", False: "[red]✗[/]", None: "[dim]?[/]"}
    for pt in graded.grade.points:
        table.add_row(
            pt.id, marks[pt.covered], marks[review.covered.get(pt.id)], review.comments.get(pt.id, "")
        )
    out.print(table)
    if review.summary:
        out.print(review.summary)


@design_app.command("reveal")
@_guarded
def reveal(slug: str) -> None:
    """The rubric, the model answer, follow-up questions and common mistakes."""
    from mlinterview.cli.app import console
    from mlinterview.cli.render import markdown

    with _context() as ctx:
        p = ctx.catalog.design(slug)
    out = console()
    rubric = "\n".join(f"- **{pt.id}** ({pt.stage}, {pt.weight:.2f}): {pt.text}" for pt in p.rubric)
    followups = "\n\n".join(f"**{f.question}** {f.answer}" for f in p.followups)
    mistakes = "\n".join(f"- {m}" for m in p.mistakes)
    markdown(out, f"# {p.title}: rubric\n\n{rubric}\n\n# Model answer\n\n{p.model_answer}")
    markdown(out, f"# Follow-up questions\n\n{followups}\n\n# Common mistakes\n\n{mistakes}")
