"""Turning reports and lists into terminal output (Rich)."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlinterview.services.values import value_text
from mlinterview.services.verdicts import Report, Verdict

STYLES = {
    Verdict.ACCEPTED: "bold green",
    Verdict.WRONG_ANSWER: "bold red",
    Verdict.RUNTIME_ERROR: "bold magenta",
    Verdict.TIME_LIMIT: "bold yellow",
    Verdict.MEMORY_LIMIT: "bold yellow",
    Verdict.OUTPUT_LIMIT: "bold yellow",
    Verdict.SYNTAX_ERROR: "bold magenta",
    Verdict.INTERNAL_ERROR: "bold red",
    Verdict.SKIPPED: "dim",
}
MARKS = {Verdict.ACCEPTED: "✓", Verdict.SKIPPED: "·"}


def verdict_text(verdict: Verdict) -> Text:
    return Text(verdict.label, style=STYLES[verdict])


def report(console: Console, title: str, rep: Report, *, samples_only: bool) -> None:
    head = Text.assemble(verdict_text(rep.verdict), "  ", f"{rep.passed}/{rep.total} cases passed")
    if rep.cases:
        head.append(f"  ·  slowest {rep.time_s * 1000:.1f} ms")
    if rep.memory_mb:
        head.append(f"  ·  {rep.memory_mb:.1f} MB")
    console.print(Text(title, style="bold"), head)
    if rep.message and not rep.cases:
        console.print(Panel(rep.message, title="details", border_style=STYLES[rep.verdict]))
    if rep.cases:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
        table.add_column("case")
        table.add_column("verdict")
        table.add_column("time", justify="right")
        shown = (
            rep.cases
            if samples_only or len(rep.cases) <= 12
            else [c for c in rep.cases if c.is_sample or c.has_details or c.verdict is not Verdict.ACCEPTED][
                :12
            ]
        )
        for case in shown:
            mark = MARKS.get(case.verdict, "✗")
            label = f"{case.case_id}{' (sample)' if case.is_sample and not samples_only else ''}"
            table.add_row(
                label,
                Text(f"{mark} {case.verdict.label}", style=STYLES[case.verdict]),
                f"{case.time_s * 1000:.1f} ms" if case.verdict is not Verdict.SKIPPED else "",
            )
        if len(shown) < len(rep.cases):
            table.add_row(f"… {len(rep.cases) - len(shown)} more hidden cases", "", "")
        console.print(table)
    for case in rep.cases:
        if case.verdict in (Verdict.ACCEPTED, Verdict.SKIPPED) or not case.has_details:
            continue
        parts: list[Any] = [
            *_labelled("input     ", "bold", case.input),
            *_labelled("expected  ", "bold green", case.expected),
        ]
        if case.verdict is Verdict.WRONG_ANSWER and case.got is not None:
            parts.extend(_labelled("got       ", "bold red", case.got))
        if case.message:
            parts.append(Text(case.message, style="red" if case.verdict is Verdict.WRONG_ANSWER else ""))
        if case.stdout:
            parts.append(Text.assemble(("your output\n", "bold"), case.stdout.rstrip()[:2000]))
        console.print(
            Panel(
                Group(*parts),
                title=f"{case.case_id}: {case.verdict.label}",
                border_style=STYLES[case.verdict],
                title_align="left",
            )
        )
    if rep.stdout and all(not c.stdout for c in rep.cases if c.has_details):
        console.print(
            Panel(rep.stdout.rstrip()[:2000], title="your output", border_style="dim", title_align="left")
        )
    if rep.complexity:
        style = "green" if rep.complexity.get("on_target") else "yellow"
        console.print(Text("complexity: ", style="bold") + Text(rep.complexity["message"], style=style))


def _is_table(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("columns"), list)
        and isinstance(value.get("rows"), list)
    )


def result_table(value: dict[str, Any], title: str | None = None) -> Table:
    """A SQL result or input table ({"columns", "rows"}) as a small Rich table."""
    shown = len(value["rows"])
    total = value.get("total_rows", shown)
    caption = f"{shown} of {total} rows" if total > shown else f"{total} row{'s' * (total != 1)}"
    table = Table(
        *[str(c) for c in value["columns"]],
        title=title,
        title_justify="left",
        caption=caption,
        caption_justify="left",
        header_style="bold",
        show_edge=False,
        pad_edge=False,
    )
    for row in value["rows"]:
        table.add_row(*[_cell(v) for v in row])
    return table


def _cell(value: Any) -> Text:
    if value is None:
        return Text("NULL", style="dim")
    text = value if isinstance(value, str) else value_text(value, 80)
    return Text(text if len(text) <= 80 else text[:79] + "…")


def _labelled(label: str, style: str, value: Any) -> list[Any]:
    """``label value`` on one line, or the label over tables for SQL results and datasets."""
    if _is_table(value):
        return [Text(label.strip(), style=style), result_table(value)]
    if isinstance(value, list) and value and all(_is_table(v) and "name" in v for v in value):
        return [Text(label.strip(), style=style), *[result_table(v, str(v["name"])) for v in value]]
    return [Text.assemble((label, style), value_text(value, 600))]


def markdown(console: Console, text: str) -> None:
    console.print(Markdown(text, code_theme="ansi_dark"))


def bar(done: int, total: int, width: int = 20) -> Text:
    filled = round(width * done / total) if total else 0
    return Text.assemble(("█" * filled, "green"), ("░" * (width - filled), "dim"))


def today_command(action: str, ref: str) -> str:
    """The command that opens one of today's items (``services.review.TodayItem``)."""
    commands = {
        "start": f"mli start {ref}",
        "restart": f"mli start {ref} --force",
        "design-restart": f"mli design start {ref} --force",
        "story": f"mli story practice --story {ref}",
        "cards": f"mli review --track {ref}",
        "journal": f"mli journal review {ref}",
        "mock": f"mli mock start --kind {ref.removeprefix('mock:')}",
    }
    return commands.get(action, f"mli show {ref}")
