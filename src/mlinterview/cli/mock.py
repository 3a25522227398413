"""``mli mock``: timed mock interviews, from start to report and history."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mlinterview.cli.loop import JsonOpt, _out, _run

if TYPE_CHECKING:
    from mlinterview.services.mock import MockState

mock_app = typer.Typer(help="Timed mock interviews with a report.", no_args_is_help=True)
RoundOpt = Annotated[int, typer.Option("--round", help="The round's number (1 first).")]
ItemOpt = Annotated[str, typer.Option("--item", help="The item's slug, as `mli mock start` lists it.")]


def _clock(state: MockState) -> str:
    used = state.elapsed_s
    total = state.minutes * 60
    over = f", {(used - total) / 60:.0f} min over" if used > total else ""
    return f"{int(used // 60):02d}:{int(used % 60):02d} of {state.minutes} min{over}"


@mock_app.command("start")
def mock_start(
    kind: Annotated[
        str, typer.Option(help="coding, ml-coding, sql-stats, ml-breadth, design, behavioral, onsite.")
    ],
    whiteboard: Annotated[bool, typer.Option(help="No Run, one Submit per item.")] = False,
    company: Annotated[str | None, typer.Option(help="Practice for this company.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Start a timed mock interview."""
    from mlinterview.services.mock import start_mock, to_json

    state = _run(start_mock, kind, whiteboard=whiteboard, company=company)
    if as_json:
        print(json.dumps(to_json(state)))
        return
    _print_mock(state)
    out = _out()
    out.print(
        f"\nFirst write your approach: [cyan]mli mock think {state.id} --round 1 --item SLUG "
        '--approach "..." --complexity "O(n)"[/], then '
        f"[cyan]mli mock answer {state.id} FILE --round 1 --item SLUG[/]; "
        f"[cyan]mli mock finish {state.id}[/] for the report."
    )


def _print_mock(state: MockState) -> None:
    out = _out()
    mode = " · whiteboard" if state.whiteboard else ""
    company = f" · for {state.company}" if state.company else ""
    out.print(f"[bold]Mock {state.id}[/] ({state.kind}{mode}{company}) — clock {_clock(state)}")
    for r in state.rounds:
        pause = f", then a {r.break_minutes} min break" if r.break_minutes else ""
        out.print(f"  round {r.index}: {r.kind}, {r.minutes} min{pause}")
        for i in r.items:
            status = "" if i.verdict == "unanswered" else f" [dim]({i.verdict})[/]"
            out.print(f"    {i.slug} — {i.title}{status}")


@mock_app.command("status")
def mock_status(mock_id: str) -> None:
    """The clock and each item's state."""
    from mlinterview.services.mock import get_mock

    _print_mock(_run(get_mock, mock_id))


@mock_app.command("think")
def mock_think(
    mock_id: str,
    round_index: RoundOpt,
    item: ItemOpt,
    approach: Annotated[str, typer.Option(help="How you will solve it.")],
    complexity: Annotated[str, typer.Option(help='The time complexity you expect, e.g. "O(n log n)".')] = "",
) -> None:
    """Think aloud first: your approach and complexity before you code (for a card, prompt or
    question: your written answer, after which the model answer is shown to rate against)."""
    from mlinterview.cli.render import markdown
    from mlinterview.services.mock import get_mock, item_material, think

    def go(ctx: Any) -> dict[str, Any]:
        think(ctx, mock_id, round_index, item, approach, complexity)
        return item_material(ctx, get_mock(ctx, mock_id).item(round_index, item)[1])

    material = _run(go)
    out = _out()
    if material["back"]:
        out.print("[bold]Model answer[/] — rate yourself with `mli mock answer ... --rate 1-4`")
        markdown(out, material["back"])
    else:
        out.print("[green]noted[/]: now write your answer")


@mock_app.command("show")
def mock_show(mock_id: str, round_index: RoundOpt, item: ItemOpt) -> None:
    """An item's statement (its clock starts now) and the hints you have taken."""
    from mlinterview.cli.render import markdown
    from mlinterview.services.mock import get_mock, item_material, open_item

    def go(ctx: Any) -> dict[str, Any]:
        open_item(ctx, mock_id, round_index, item)
        return item_material(ctx, get_mock(ctx, mock_id).item(round_index, item)[1])

    material = _run(go)
    out = _out()
    markdown(out, material["statement"])
    for number, hint in enumerate(material["hints"], 1):
        out.print(f"[bold]Hint {number}[/]")
        markdown(out, hint)


@mock_app.command("hint")
def mock_hint(mock_id: str, round_index: RoundOpt, item: ItemOpt) -> None:
    """The next hint of a problem in the mock (costs points)."""
    from mlinterview.cli.render import markdown
    from mlinterview.services.mock import HINT_COST, take_hint

    number, text = _run(take_hint, mock_id, round_index, item)
    out = _out()
    if text is None:
        out.print("No more hints.")
        return
    out.print(f"[bold]Hint {number}[/] [dim](−{HINT_COST} points)[/]")
    markdown(out, text)


@mock_app.command("run")
def mock_run(
    mock_id: str,
    file: Annotated[Path, typer.Argument(help="Your code.")],
    round_index: RoundOpt,
    item: ItemOpt,
) -> None:
    """Run the samples of a problem in the mock (not in whiteboard mode)."""
    from mlinterview.services.mock import run_item
    from mlinterview.services.practice import read_submission

    judged = _run(run_item, mock_id, round_index, item, read_submission(file))
    _out().print(f"samples: {judged.report.verdict.label} ({judged.report.passed}/{judged.report.total})")


@mock_app.command("answer")
def mock_answer(
    mock_id: str,
    file: Annotated[Path, typer.Argument(help="Your code, or your written answer.")],
    round_index: RoundOpt,
    item: ItemOpt,
    rate: Annotated[
        int | None, typer.Option(help="Written answers: 1 again · 2 hard · 3 good · 4 easy.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Submit an answer: code is judged; a written answer is rated by you against the model."""
    from mlinterview.cli.app import fail
    from mlinterview.errors import MliError
    from mlinterview.services.mock import answer_item
    from mlinterview.services.practice import read_submission

    try:
        text = read_submission(file)
    except MliError as exc:
        raise fail(str(exc)) from None
    state = _run(answer_item, mock_id, round_index, item, text, self_rating=rate)
    if as_json:
        print(
            json.dumps(
                {
                    "slug": state.slug,
                    "verdict": state.verdict,
                    "seconds": round(state.seconds),
                    "hints": state.hints,
                    "passed": state.passed,
                    "total": state.total,
                    "complexity": state.complexity_note,
                }
            )
        )
        return
    out = _out()
    out.print(f"{state.slug}: [bold]{state.verdict}[/] in {state.seconds / 60:.1f} min")
    if state.kind == "problem":
        out.print(f"  {state.complexity_note}")


@mock_app.command("finish")
def mock_finish(mock_id: str, as_json: JsonOpt = False) -> None:
    """End the mock: the report, and what was missed goes into the review queue."""
    from mlinterview.services.mock import finish

    state = _run(finish, mock_id)
    if as_json:
        print(json.dumps(state.report))
        return
    _print_report(state)


@mock_app.command("report")
def mock_report(mock_id: str) -> None:
    """The report of a finished mock."""
    from mlinterview.services.mock import get_mock

    _print_report(_run(get_mock, mock_id))


def _print_report(state: MockState) -> None:
    out = _out()
    out.print(
        f"[bold]Mock {state.id}[/] ({state.kind}) — score [bold]{state.score:.0f}[/]/100, {_clock(state)}"
    )
    for r in state.rounds:
        over = f", {r.over_s / 60:.0f} min over" if r.over_s else ""
        out.print(
            f"\nround {r.index} ({r.kind}): {r.score:.0f}/100, {r.seconds / 60:.1f} of {r.minutes} min{over}"
        )
        for i in r.items:
            rating = f", self-rated {i.verdict}" if i.self_rating else ""
            out.print(f"  {i.slug}: {i.verdict}, {i.seconds / 60:.1f} min, {i.hints} hint(s){rating}")
            if i.kind == "problem" and i.verdict != "unanswered":
                out.print(f"    [dim]{i.complexity_note}[/]")
    if state.review:
        out.print(f"\n[bold]To review[/] (in your review queue now): {', '.join(state.review)}")


@mock_app.command("history")
def mock_history(as_json: JsonOpt = False) -> None:
    """Your mocks and their scores over time."""
    from mlinterview.services.mock import history

    mocks = _run(history)
    if as_json:
        rows = [
            {"id": m.id, "kind": m.kind, "started_at": m.started_at.isoformat(),
             "score": round(m.score) if m.is_finished else None}
            for m in mocks
        ]  # fmt: skip
        print(json.dumps({"mocks": rows}))
        return
    out = _out()
    if not mocks:
        out.print("No mocks yet: `mli mock start --kind coding`.")
    for m in mocks:
        score = f"{m.score:.0f}/100" if m.is_finished else "running"
        out.print(f"{m.started_at:%Y-%m-%d %H:%M}  {m.id}  {m.kind:<11} {score}")
