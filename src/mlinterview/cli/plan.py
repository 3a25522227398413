"""``mli plan``: set the study plan, show it re-planned, export it as iCalendar."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from mlinterview.cli.loop import JsonOpt, _out, _run

if TYPE_CHECKING:
    from mlinterview.services.plan import PlanView

plan_app = typer.Typer(help="Your study plan to the interview date.", no_args_is_help=True)


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
