"""The interview loop on the command line: ``mli plan``, ``mli mock``, ``mli journal``,
``mli company``, ``mli export progress`` and ``mli import``. Each command calls a service and
renders what it returns."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from mlinterview.services.mock import MockState
    from mlinterview.services.plan import PlanView

plan_app = typer.Typer(help="Your study plan to the interview date.", no_args_is_help=True)
mock_app = typer.Typer(help="Timed mock interviews with a report.", no_args_is_help=True)
journal_app = typer.Typer(
    help="The interview journal: real interviews and their questions.", no_args_is_help=True
)
company_app = typer.Typer(help="Notes on the companies you interview with.", no_args_is_help=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object.")]
RoundOpt = Annotated[int, typer.Option("--round", help="The round's number (1 first).")]
ItemOpt = Annotated[str, typer.Option("--item", help="The item's slug, as `mli mock start` lists it.")]


def register(app: typer.Typer, export_app: typer.Typer) -> None:
    app.add_typer(plan_app, name="plan")
    app.add_typer(mock_app, name="mock")
    app.add_typer(journal_app, name="journal")
    app.add_typer(company_app, name="company")
    export_app.command("progress")(export_progress)
    app.command("import")(import_progress)
    app.command("readiness")(readiness_cmd)


def _guard() -> Any:
    from mlinterview.cli.app import guarded

    return guarded


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


# -- plan ----------------------------------------------------------------------------------------
@plan_app.command("set")
def plan_set(
    interview_date: Annotated[str, typer.Option("--interview-date", help="YYYY-MM-DD.")],
    hours_per_week: Annotated[float, typer.Option("--hours-per-week", help="Hours you can give a week.")],
    rest_days: Annotated[str | None, typer.Option("--rest-days", help="e.g. sat,sun")] = None,
    role: Annotated[str, typer.Option(help="mle, research or data-science.")] = "mle",
    company: Annotated[str | None, typer.Option(help="The company you interview with.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Set (or reset) your plan: interview date, weekly hours, rest days, role."""
    from mlinterview.services.plan import parse_date, parse_rest_days, set_plan

    def go(ctx: Any) -> PlanView:
        return set_plan(
            ctx,
            interview_date=parse_date(interview_date, "--interview-date"),
            hours_per_week=hours_per_week,
            rest_days=parse_rest_days(rest_days),
            role=role,
            company=company,
        )

    view = _run(go)
    _print_plan(view, as_json)


@plan_app.command("show")
def plan_show(as_json: JsonOpt = False) -> None:
    """Your plan week by week, re-planned from what is done and what is weak."""
    from mlinterview.cli.app import fail
    from mlinterview.services.plan import show_plan

    view = _run(show_plan)
    if view is None:
        raise fail("no plan yet: run `mli plan set --interview-date YYYY-MM-DD --hours-per-week H`")
    _print_plan(view, as_json)


def _print_plan(view: PlanView, as_json: bool) -> None:
    if as_json:
        print(json.dumps(view.to_json()))
        return
    out = _out()
    out.print(
        f"[bold]Plan[/] to {view.interview_date} ({view.role}, {view.hours_per_week:g} h/week"
        f"{', rest ' + ','.join(view.rest_days) if view.rest_days else ''}"
        f"{', for ' + view.company if view.company else ''})"
    )
    for line in view.changes:
        out.print(f"[yellow]changed:[/] {line}")
    for line in view.plan.notes:
        out.print(f"[dim]note: {line}[/]")
    for week in view.plan.weeks:
        here = " [bold cyan]← this week[/]" if week.start == view.this_week else ""
        out.print(f"\n[bold]Week of {week.start}[/] — {week.minutes / 60:.1f} h{here}")
        for item in week.items:
            tick = "[green]✓[/]" if item.done else "·"
            out.print(f"  {tick} {item.track:<10} {item.title or item.ref} [dim]({item.minutes:.0f} min)[/]")


@plan_app.command("export")
def plan_export(file: Annotated[Path, typer.Argument(help="The .ics file to write.")]) -> None:
    """Write the plan as an iCalendar file for your calendar app."""
    from mlinterview.services.plan import export_ics

    count = _run(export_ics, file)
    _out().print(f"[green]wrote[/] {file}: {count} events")


# -- mock ----------------------------------------------------------------------------------------
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


# -- journal -------------------------------------------------------------------------------------
@journal_app.command("add")
def journal_add(
    company: Annotated[str, typer.Option(help="Who interviewed you.")],
    date: Annotated[str, typer.Option(help="YYYY-MM-DD.")],
    round_name: Annotated[str, typer.Option("--round", help="e.g. phone screen, onsite coding.")],
    question: Annotated[str, typer.Option(help="The question asked.")],
    struggled: Annotated[bool, typer.Option(help="It went badly: review it until learned.")] = False,
    notes: Annotated[str, typer.Option(help="How it went.")] = "",
    as_json: JsonOpt = False,
) -> None:
    """Record a question from a real interview."""
    from mlinterview.services.journal import add_entry

    entry = _run(
        add_entry,
        company=company,
        day=date,
        round_name=round_name,
        question=question,
        struggled=struggled,
        notes=notes,
    )
    if as_json:
        print(json.dumps(entry.to_json()))
        return
    out = _out()
    out.print(f"[green]added[/] #{entry.id} ({entry.company}, {entry.round})")
    if entry.problem_slug:
        out.print(f"  matches the problem {entry.problem_slug}: [cyan]mli start {entry.problem_slug}[/]")
    if entry.struggled:
        out.print("  in your review queue: it shows in `mli today` until you have learned it")


@journal_app.command("list")
def journal_list(
    company: Annotated[str | None, typer.Option(help="Only this company.")] = None, as_json: JsonOpt = False
) -> None:
    """Your interviews and their questions."""
    from mlinterview.services.journal import entries

    rows = _run(entries, company)
    if as_json:
        print(json.dumps({"entries": [e.to_json() for e in rows]}))
        return
    out = _out()
    if not rows:
        out.print("The journal is empty: `mli journal add --company C --date D --round R --question Q`.")
    for e in rows:
        flag = " [red]struggled[/]" if e.struggled else ""
        link = f" → {e.problem_slug}" if e.problem_slug else ""
        out.print(f"#{e.id} {e.date} {e.company} · {e.round}{flag}: {e.question}{link}")


@journal_app.command("review")
def journal_review(
    item: Annotated[str, typer.Argument(help="The item id `mli today` shows, e.g. journal:3.")],
    rating: Annotated[int, typer.Option(help="1 again · 2 hard · 3 good · 4 easy.")],
    answer: Annotated[str, typer.Option(help="Your answer, in your words.")] = "",
) -> None:
    """Answer a struggled question again and rate yourself."""
    from mlinterview.services.journal import answer_question

    due = _run(answer_question, item, answer, rating)
    _out().print(f"[green]rated[/]: back on {due:%Y-%m-%d}")


# -- companies -----------------------------------------------------------------------------------
@company_app.command("note")
def company_note(
    company: str,
    builds: Annotated[str | None, typer.Option(help="What they build with ML.")] = None,
    team: Annotated[str | None, typer.Option(help="The team you would join.")] = None,
    ask: Annotated[str | None, typer.Option(help="Questions to ask them.")] = None,
    notes: Annotated[str | None, typer.Option(help="Anything else.")] = None,
) -> None:
    """Write (or update) your research notes on a company."""
    from mlinterview.services.companies import save_note

    _run(save_note, company, builds=builds, team=team, questions=ask, notes=notes)
    _out().print(f"[green]saved[/] notes on {company}")


@company_app.command("show")
def company_show(company: str, as_json: JsonOpt = False) -> None:
    """A company's notes, its journal entries, mocks practised for it, and the plan's date."""
    from mlinterview.services.companies import company_page

    page = _run(company_page, company)
    if as_json:
        print(json.dumps(page.to_json()))
        return
    out = _out()
    out.print(
        f"[bold]{page.company}[/]" + (f" — interview on {page.interview_date}" if page.interview_date else "")
    )
    sections = (
        ("What they build", page.builds),
        ("Team", page.team),
        ("Questions to ask", page.questions),
        ("Notes", page.notes),
    )
    for label, text in sections:
        if text:
            out.print(f"[bold]{label}[/]: {text}")
    for e in page.journal:
        out.print(f"  journal #{e.id} {e.date} {e.round}: {e.question}")
    for m in page.mocks:
        out.print(f"  mock {m['id']} {m['kind']}: {m['score'] if m['score'] is not None else 'running'}")


@company_app.command("list")
def company_list() -> None:
    """The companies you keep notes on."""
    from mlinterview.services.companies import companies

    for name in _run(companies):
        _out().print(name)


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
