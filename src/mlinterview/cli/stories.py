"""``mli story``: the behavioral track's questions, the STAR story bank, its coverage matrix and
two-minute practice with coach's feedback."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mlinterview.cli.app import JsonOpt, console, context, guarded

if TYPE_CHECKING:
    from rich.console import Console

    from mlinterview.services.stories import Story
    from mlinterview.services.story_practice import Feedback

story_app = typer.Typer(
    help="Behavioral interviews: questions, your STAR story bank, practice against a two-minute clock.",
    no_args_is_help=True,
)

CompetencyOpt = Annotated[
    str | None, typer.Option("--competency", "-c", help="A competency, e.g. conflict, ambiguity, mentoring.")
]
FileOpt = Annotated[
    Path | None, typer.Option("--file", "-f", help="A story file: YAML, or Markdown with front matter.")
]
TitleOpt = Annotated[str | None, typer.Option(help="A short title you will recognise.")]
PartOpt = Annotated[str | None, typer.Option()]


def _story_json(story: Story) -> dict[str, Any]:
    return story.as_dict()


def _gather(
    file: Path | None,
    title: str | None,
    situation: str | None,
    task: str | None,
    action: str | None,
    result: str | None,
    competencies: list[str] | None,
    numbers: list[str] | None,
) -> tuple[dict[str, Any], str]:
    """A story's fields from ``file`` (if any) and the flags, which win over the file."""
    from mlinterview.services.stories import read_story_file

    fields = {
        "title": title,
        "situation": situation,
        "task": task,
        "action": action,
        "result": result,
        "competencies": competencies,
        "numbers": numbers,
    }
    data: dict[str, Any] = {}
    where = "story"
    if file is not None:
        data = read_story_file(file)
        where = str(file)
    for key, value in fields.items():
        if value:
            data[key] = value
    return data, where


@story_app.command("add")
@guarded
def add(
    file: FileOpt = None,
    title: TitleOpt = None,
    situation: PartOpt = None,
    task: PartOpt = None,
    action: PartOpt = None,
    result: PartOpt = None,
    competency: Annotated[
        list[str] | None, typer.Option("--competency", "-c", help="Repeat for each.")
    ] = None,
    number: Annotated[
        list[str] | None, typer.Option("--number", "-n", help="A figure it can quote; repeat.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a STAR story, from flags or from a file."""
    from mlinterview.services.stories import add_story, check_story

    data, where = _gather(file, title, situation, task, action, result, competency, number)
    with context() as ctx:
        story = add_story(ctx, check_story(data, where))
    if as_json:
        print(json.dumps(_story_json(story)))
        return
    console().print(f"[green]added story {story.id}[/]: {story.title}")
    console().print(
        f"[dim]see it with[/] mli story show {story.id} [dim]· practise it with[/] "
        f"mli story practice --story {story.id}"
    )


@story_app.command("edit")
@guarded
def edit(
    story_id: Annotated[int, typer.Argument(help="The story's number (see mli story list).")],
    file: FileOpt = None,
    title: TitleOpt = None,
    situation: PartOpt = None,
    task: PartOpt = None,
    action: PartOpt = None,
    result: PartOpt = None,
    competency: Annotated[
        list[str] | None, typer.Option("--competency", "-c", help="Replaces the list; repeat for each.")
    ] = None,
    number: Annotated[
        list[str] | None, typer.Option("--number", "-n", help="Replaces the list; repeat.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Change a story: the fields you give (flags or a file) replace the stored ones."""
    from mlinterview.services.stories import edit_story

    data, where = _gather(file, title, situation, task, action, result, competency, number)
    if not data:
        from mlinterview.errors import UserInputError

        raise UserInputError("give a field to change (--title, --result, ...) or --file")
    with context() as ctx:
        story = edit_story(ctx, story_id, data, where)
    if as_json:
        print(json.dumps(_story_json(story)))
        return
    console().print(f"[green]updated story {story.id}[/]: {story.title}")


@story_app.command("delete")
@guarded
def delete(
    story_id: int,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False,
) -> None:
    """Delete a story (and its place in the review queue)."""
    from mlinterview.errors import UserInputError
    from mlinterview.services.stories import delete_story, get_story

    with context() as ctx:
        story = get_story(ctx, story_id)
        if not yes:
            if not sys.stdin.isatty():
                raise UserInputError(f"pass --yes to delete story {story_id} ({story.title})")
            if not typer.confirm(f"Delete story {story_id}, {story.title!r}?", default=False):
                raise typer.Exit(1)
        delete_story(ctx, story_id)
    console().print(f"[green]deleted story {story_id}[/]: {story.title}")


@story_app.command("list")
@guarded
def list_(competency: CompetencyOpt = None, as_json: JsonOpt = False) -> None:
    """Your stories, with the competencies each shows."""
    from rich.table import Table

    from mlinterview.services.stories import list_stories

    with context() as ctx:
        stories = list_stories(ctx, competency)
    if as_json:
        print(json.dumps([_story_json(s) for s in stories], indent=1))
        return
    out = console()
    if not stories:
        out.print("No stories yet. Add one: [cyan]mli story add --file story.md[/] (see the README)")
        return
    table = Table(header_style="bold", box=None)
    for column in ("id", "title", "competencies", "numbers"):
        table.add_column(column)
    for s in stories:
        table.add_row(str(s.id), s.title, ", ".join(s.competencies) or "[dim]—[/]", str(len(s.numbers)))
    out.print(table)


@story_app.command("show")
@guarded
def show(story_id: int, as_json: JsonOpt = False) -> None:
    """One story, part by part, with the coach's checks on it as written."""
    from mlinterview.services.stories import get_story
    from mlinterview.services.story_practice import feedback

    with context() as ctx:
        story = get_story(ctx, story_id)
    if as_json:
        print(json.dumps(_story_json(story)))
        return
    out = console()
    out.print(
        f"[bold]{story.title}[/]  [dim]story {story.id} · "
        f"{', '.join(story.competencies) or 'no competency'}[/]"
    )
    for part in ("situation", "task", "action", "result"):
        out.print(f"\n[bold cyan]{part.capitalize()}[/]")
        out.print(getattr(story, part), soft_wrap=True)
    if story.numbers:
        out.print("\n[bold]Numbers to quote[/]: " + " · ".join(story.numbers))
    render_feedback(out, feedback(story.telling()))


@story_app.command("coverage")
@guarded
def coverage_cmd(as_json: JsonOpt = False) -> None:
    """The coverage matrix: which competencies have a story, and which have none yet."""
    from rich.table import Table

    from mlinterview.services.stories import coverage

    with context() as ctx:
        rows = coverage(ctx)
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "competency": r.competency,
                        "title": r.title,
                        "questions": r.questions,
                        "stories": [s.id for s in r.stories],
                    }
                    for r in rows
                ],
                indent=1,
            )
        )
        return
    out = console()
    table = Table(header_style="bold", box=None)
    for column in ("", "competency", "questions", "stories"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            "[green]✓[/]" if r.is_covered else "[red]✗[/]",
            r.title,
            str(r.questions),
            ", ".join(f"{s.id} {s.title}" for s in r.stories) or "[red]no story yet[/]",
        )
    out.print(table)
    missing = [r.title for r in rows if not r.is_covered]
    out.print(f"[dim]{len(rows) - len(missing)}/{len(rows)} competencies covered[/]")


@story_app.command("questions")
@guarded
def questions(competency: CompetencyOpt = None, as_json: JsonOpt = False) -> None:
    """The behavioral questions, by competency, with what a strong answer shows."""
    list_questions(competency, as_json)


def list_questions(competency: str | None, as_json: bool) -> None:
    from mlinterview.services.stories import questions as bank_questions

    with context() as ctx:
        items = bank_questions(ctx, competency)
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": q.id,
                        "competency": q.competency,
                        "question": q.question,
                        "shows": list(q.shows),
                        "follow_ups": list(q.follow_ups),
                    }
                    for q in items
                ],
                indent=1,
            )
        )
        return
    out = console()
    last = None
    for q in items:
        if q.competency != last:
            last = q.competency
            out.print(f"\n[bold cyan]{q.competency_title}[/] [dim]({q.competency})[/]")
        out.print(f"  [dim]{q.id}[/]  {q.question}", soft_wrap=True)
    out.print(f"\n[dim]{len(items)} questions · practise one: mli story practice --competency COMPETENCY[/]")


def render_feedback(out: Console, result: Feedback) -> None:
    out.print("\n[bold]Coach's feedback[/]")
    for check in result.checks:
        mark = "[green]✓[/]" if check.passed else "[red]✗[/]"
        out.print(f"  {mark} {check.message}", soft_wrap=True)
    if result.rewrite:
        out.print("  [dim]Say who did it in these sentences:[/]")
        for sentence in result.rewrite:
            out.print(f"    [yellow]•[/] {sentence}", soft_wrap=True)
    parts = " ".join(("[green]" if v else "[red]") + k[0].upper() + "[/]" for k, v in result.parts.items())
    out.print(f"  [dim]STAR:[/] {parts}   [dim]{result.passed}/{len(result.checks)} checks passed[/]")


@story_app.command("practice")
@guarded
def practice(
    competency: CompetencyOpt = None,
    question: Annotated[str | None, typer.Option("--question", "-q", help="A question id.")] = None,
    story: Annotated[
        int | None, typer.Option("--story", "-s", help="Tell this story (it is rated in the review queue).")
    ] = None,
    answer: Annotated[
        Path | None, typer.Option("--answer", "-a", help="Read your answer from a file instead of stdin.")
    ] = None,
    rate: Annotated[str | None, typer.Option(help="Override the story's review rating.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Answer a question drawn from the bank in two minutes, then get a coach's feedback."""
    from mlinterview.errors import UserInputError
    from mlinterview.services.story_practice import CLOCK_S, draw_question, feedback, tell_story
    from mlinterview.srs import RATINGS

    if rate is not None and rate not in RATINGS:
        raise UserInputError("--rate must be again, hard, good or easy")
    out = console()
    with context() as ctx:
        q = draw_question(ctx, competency, question)
        if not as_json:
            out.print(f"[bold]{q.question}[/]  [dim]({q.competency_title} · {q.id})[/]", soft_wrap=True)
        started = time.monotonic()
        text = _read_answer(answer, out, story=story is not None)
        elapsed = time.monotonic() - started if answer is None and sys.stdin.isatty() else None
        rating = None
        if story is not None:
            _, result, rating = tell_story(
                ctx, story, text, elapsed_s=elapsed, override=RATINGS.get(rate or "")
            )
        else:
            if not text.strip():
                raise UserInputError("the answer is empty: write it in a file (--answer) or on stdin")
            result = feedback(text, elapsed)
    if as_json:
        print(
            json.dumps(
                {
                    "question": {"id": q.id, "competency": q.competency, "question": q.question},
                    "story": story,
                    **result.as_dict(),
                    "rating": rating,
                }
            )
        )
        return
    if elapsed is not None:
        over = elapsed - CLOCK_S
        out.print(
            f"[dim]time: {elapsed:.0f} s[/]"
            + (f" [yellow]({over:.0f} s over two minutes)[/]" if over > 0 else "")
        )
    render_feedback(out, result)
    if rating is not None:
        names = {v: k for k, v in RATINGS.items()}
        out.print(f"[dim]Review queue: story {story} rated[/] {names[rating]} [dim](override with --rate)[/]")
    out.print("[dim]What a strong answer shows:[/]")
    for line in q.shows:
        out.print(f"  • {line}", soft_wrap=True)
    out.print("[dim]Be ready for:[/] " + " · ".join(q.follow_ups), soft_wrap=True)


def _read_answer(path: Path | None, out: Console, *, story: bool) -> str:
    if path is not None:
        try:
            return path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            from mlinterview.errors import UserInputError

            raise UserInputError(f"{path}: cannot be read ({exc.strerror})") from None
    if sys.stdin.isatty():
        hint = " (an empty answer tells the story as stored)" if story else ""
        out.print(f"[dim]The two-minute clock runs. Type your answer, then Ctrl-D on an empty line{hint}.[/]")
    return sys.stdin.read()
