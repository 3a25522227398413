"""``mli journal`` and ``mli company``: real interviews, their questions, company notes."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from mlinterview.cli.loop import JsonOpt, _out, _run

journal_app = typer.Typer(
    help="The interview journal: real interviews and their questions.", no_args_is_help=True
)
company_app = typer.Typer(help="Notes on the companies you interview with.", no_args_is_help=True)


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
