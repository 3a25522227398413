"""Turning reports and lists into terminal output (Rich)."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console, Group
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from mlinterview.judge.verdicts import Report, Verdict

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


def value_text(value: Any, limit: int = 600) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
            Text.assemble(("input     ", "bold"), value_text(case.input)),
            Text.assemble(("expected  ", "bold green"), value_text(case.expected)),
        ]
        if case.verdict is Verdict.WRONG_ANSWER and case.got is not None:
            parts.append(Text.assemble(("got       ", "bold red"), value_text(case.got)))
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


def markdown(console: Console, text: str) -> None:
    console.print(Markdown(text, code_theme="ansi_dark"))


def bar(done: int, total: int, width: int = 20) -> Text:
    filled = round(width * done / total) if total else 0
    return Text.assemble(("█" * filled, "green"), ("░" * (width - filled), "dim"))
