"""``mli``: the command line. Each command builds a context, calls a service and renders."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from mlinterview.services.context import Context
    from mlinterview.services.validate import ProblemCheck

app = typer.Typer(
    name="mli",
    help="Practise for machine-learning interviews, offline. Run `mli` alone for your home screen.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

ProblemOpt = Annotated[
    str | None, typer.Option("--problem", "-p", help="Problem slug (default: from the file name).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")]


def console() -> Console:
    from rich.console import Console

    from mlinterview.cli.daemon import console_options

    return Console(highlight=False, **console_options())


def context(workers: int | None = 1) -> Context:
    from mlinterview.cli.daemon import shared_context
    from mlinterview.config import Config
    from mlinterview.services.context import Context

    shared = shared_context()  # the judge service's warm context, when it runs this command
    if shared is not None:
        return shared

    return Context(Config.from_env(), workers=workers)


def fail(message: str, code: int = 2) -> typer.Exit:
    console().print(f"[bold red]error:[/] {message}", soft_wrap=True)
    return typer.Exit(code)


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn our own errors into a one-line message and exit status 2, never a traceback."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from mlinterview.errors import MliError

        try:
            return fn(*args, **kwargs)
        except MliError as exc:
            raise fail(str(exc)) from None

    return wrapper


@app.callback(invoke_without_command=True)
def main_callback(ctx: typer.Context) -> None:
    if ctx.invoked_subcommand is None:
        home()


@guarded
def home() -> None:
    """The home screen: progress per track and what to do next."""
    from rich.table import Table
    from rich.text import Text

    from mlinterview.cli.render import bar
    from mlinterview.services.progress import progress
    from mlinterview.wording import plural, track_title

    out = console()
    with context() as ctx:
        prog = progress(ctx)
        extra = _home_extras(ctx)
    out.print(
        Text("mlinterview", style="bold cyan"),
        Text("— practice for ML interviews, every answer checked", style="dim"),
    )
    table = Table(box=None, show_header=False, pad_edge=False)
    for t in prog.tracks:
        table.add_row(
            t.title,
            bar(t.solved, t.total),
            f"{t.solved}/{t.total} solved",
            Text(f"{t.attempted} in progress", style="dim") if t.attempted else "",
        )
    out.print(table)
    out.print(
        f"streak: [bold]{plural(prog.streak_days, 'day')}[/]   ·   "
        f"submissions: {prog.attempts} ({prog.accepted} accepted)"
    )
    for line in extra:
        out.print(line)
    if prog.next_up:
        out.print("\n[bold]Next up[/]")
        for p in prog.next_up:
            where = f"{track_title(p.track)}, {p.difficulty}"
            out.print(f"  {p.title} [dim]({where})[/]  →  [cyan]mli start {p.slug}[/]")
    out.print(
        "\n[dim]mli list · mli start SLUG · mli run FILE · mli submit FILE · mli hint SLUG · mli --help[/]"
    )


def _home_extras(ctx: Context) -> list[str]:
    from mlinterview.cli.render import today_command
    from mlinterview.services.review import today

    plan = today(ctx)
    due = [i for i in plan.items if i.kind != "new-problem"]
    if not due:
        return ["[green]Nothing due for review today.[/]"]
    lines = [f"\n[bold]Due today[/] [dim](about {plan.minutes:.0f} min in all; `mli today` for the plan)[/]"]
    lines += [f"  {i.title}  →  [cyan]{today_command(i.action, i.ref)}[/]" for i in due[:5]]
    return lines


@app.command("list")
@guarded
def list_(
    track: Annotated[
        str | None, typer.Option(help="dsa, ml, stats, sql, libraries, design or behavioral.")
    ] = None,
    difficulty: Annotated[str | None, typer.Option(help="easy, medium or hard.")] = None,
    topic: Annotated[str | None, typer.Option(help="A topic or pattern, e.g. hash-table, trees.")] = None,
    status: Annotated[str | None, typer.Option(help="solved, attempted or todo.")] = None,
    order: Annotated[str, typer.Option(help="roadmap (study order by pattern) or name.")] = "roadmap",
    as_json: JsonOpt = False,
) -> None:
    """List problems, with your progress marks."""
    from rich.table import Table

    from mlinterview.catalog.problem import PATTERN_TITLES
    from mlinterview.errors import UserInputError
    from mlinterview.services.listing import list_problems
    from mlinterview.wording import plural, track_title

    if track == "behavioral":  # questions, not problems: listed by the story bank's command
        from mlinterview.cli.stories import list_questions

        return list_questions(None, as_json)
    if status not in (None, "solved", "attempted", "todo"):
        raise UserInputError("--status must be solved, attempted or todo")
    if order not in ("roadmap", "name"):
        raise UserInputError("--order must be roadmap or name")
    if track == "design":
        from mlinterview.cli.design import list_design

        return list_design(as_json)
    with context() as ctx:
        listing = list_problems(
            ctx,
            track=track,
            difficulty=difficulty,
            topic=topic,
            status=status,
            sort="title" if order == "name" else None,
        )
        errors = ctx.catalog.errors
    if track and not listing.total:
        raise UserInputError(f"no problems in track {track!r} (tracks: dsa, ml, stats, sql, libraries)")
    rows = listing.rows
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "id": r.problem.id,
                        "slug": r.problem.slug,
                        "title": r.problem.title,
                        "track": r.problem.track,
                        "difficulty": r.problem.difficulty,
                        "pattern": r.problem.pattern,
                        "topics": r.problem.topics,
                        "status": r.status,
                    }
                    for r in rows
                ],
                indent=1,
            )
        )
        return
    out = console()
    table = Table(header_style="bold", box=None)
    slug_width = max((len(r.problem.slug) for r in rows), default=4)
    # The slug is what the learner types next: never cut or wrapped. On a narrow terminal the
    # track and topics columns go, and the title wraps in what is left.
    wide = out.width >= slug_width + 60
    columns = ("title", "track", "difficulty", "pattern / topics") if wide else ("title", "difficulty")
    table.add_column("")
    table.add_column("slug", no_wrap=True, min_width=slug_width)
    for column in columns:
        table.add_column(column, no_wrap=column == "difficulty")
    marks = {"solved": "[green]✓[/]", "attempted": "[yellow]~[/]"}
    last_pattern = None
    for row in rows:
        p = row.problem
        if order == "roadmap" and p.pattern in PATTERN_TITLES and p.pattern != last_pattern:
            last_pattern = p.pattern
            heading = f"[bold cyan]{PATTERN_TITLES.get(p.pattern or '', p.pattern)}[/]"
            table.add_row("", heading, *[""] * len(columns))
        cells = {
            "title": p.title,
            "track": track_title(p.track),
            "difficulty": p.difficulty,
            "pattern / topics": p.pattern or ", ".join(p.topics),
        }
        table.add_row(marks.get(row.status, " "), p.slug, *[cells[c] for c in columns])
    out.print(table)
    out.print(f"[dim]{plural(len(rows), 'problem')}, {listing.solved} solved[/]")
    if errors:
        out.print(
            f"[yellow]{plural(len(errors), 'problem folder')} failed to load; "
            "run `mli validate` for details[/]"
        )


@app.command()
@guarded
def show(slug: str) -> None:
    """Show a problem's statement (or a design prompt)."""
    from mlinterview.cli.design import show_design
    from mlinterview.cli.render import markdown
    from mlinterview.services.problem_state import status_of
    from mlinterview.wording import track_title

    if show_design(slug):
        return

    out = console()
    with context() as ctx:
        p = ctx.catalog.get(slug)
        status = status_of(ctx, p)
    meta = f"{track_title(p.track)} · {p.difficulty} · {', '.join(p.topics)}"
    if p.leetcode:
        meta += f" · LeetCode {p.leetcode}"
    out.print(f"[bold]{p.title}[/]  [dim]{meta} · {status}[/]")
    out.print(f"[dim]limits: {p.time_s:g} s per case, {p.memory_mb} MB[/]\n")
    markdown(out, p.statement)
    out.print(f"\n[dim]Start with[/] [cyan]mli start {p.slug}[/]")


@app.command()
@guarded
def start(
    slug: str, force: Annotated[bool, typer.Option(help="Overwrite your existing file.")] = False
) -> None:
    """Write the problem's starter into your workspace and print its path."""
    from mlinterview.services.practice import start as start_problem

    with context() as ctx:
        _, path, created = start_problem(ctx, slug, force=force)
    out = console()
    if created:
        out.print(f"[green]wrote[/] {path}")
    else:
        out.print(f"[yellow]kept your existing file[/] {path} [dim](--force to reset it)[/]")
    out.print(f"[dim]then:[/] mli run {path}   [dim]·[/]   mli submit {path}")


@app.command()
@guarded
def run(
    file: Path,
    problem: ProblemOpt = None,
    as_json: JsonOpt = False,
    plot: Annotated[
        bool, typer.Option("--plot", help="Save a PNG of your answer beside the reference's (ML problems).")
    ] = False,
) -> None:
    """Run your code on the sample cases, with a readable diff for each failure."""
    from mlinterview.cli.daemon import client_path
    from mlinterview.cli.render import report
    from mlinterview.services.practice import infer_problem, read_submission, run_samples

    file = client_path(file)
    code = read_submission(file)
    with context() as ctx:
        p = infer_problem(ctx, file, problem)
        judged = run_samples(ctx, p, code, filename=str(file))
        picture = None
        if plot:
            from mlinterview.services.plots import save_plot

            picture = save_plot(ctx, p, judged.report)
    if as_json:
        print(
            json.dumps(
                {"problem": p.slug, **judged.report.to_dict(), "plot": str(picture) if picture else None},
                default=_jsonable,
            )
        )
    else:
        report(console(), f"{p.title} — samples", judged.report, samples_only=True)
        if picture:
            console().print(f"[green]picture:[/] {picture}")
    raise typer.Exit(0 if judged.report.is_accepted else 1)


def _jsonable(value: object) -> object:
    """Arrays in a report (ML answers) as nested lists."""
    tolist = getattr(value, "tolist", None)
    if callable(tolist):
        return tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


@app.command()
@guarded
def submit(
    file: Path,
    problem: ProblemOpt = None,
    as_json: JsonOpt = False,
    complexity: Annotated[bool, typer.Option(help="Time the accepted solution at growing n.")] = True,
    rate: Annotated[
        str | None, typer.Option(help="Override the review rating: again, hard, good or easy.")
    ] = None,
) -> None:
    """Judge your code on every case and record the attempt. Exit status 0 only when accepted."""
    from mlinterview.cli.daemon import client_path
    from mlinterview.cli.render import report
    from mlinterview.errors import UserInputError
    from mlinterview.services.practice import infer_problem, read_submission
    from mlinterview.services.practice import submit as submit_code
    from mlinterview.srs import RATINGS

    if rate is not None and rate not in RATINGS:
        raise UserInputError("--rate must be again, hard, good or easy")
    file = client_path(file)
    code = read_submission(file)
    with context() as ctx:
        p = infer_problem(ctx, file, problem)
        judged = submit_code(
            ctx, p, code, complexity=complexity, rating=RATINGS.get(rate or ""), filename=str(file)
        )
    if as_json:
        print(json.dumps({"problem": p.slug, **judged.report.to_dict()}, default=_jsonable))
    else:
        report(console(), p.title, judged.report, samples_only=False)
        if judged.review_rating:
            names = {v: k for k, v in RATINGS.items()}
            console().print(
                f"[dim]Review queue: rated[/] {names[judged.review_rating]} [dim](override with --rate)[/]"
            )
        if judged.report.is_accepted:
            console().print(f"[dim]Read the editorial:[/] mli solution {p.slug}")
    raise typer.Exit(0 if judged.report.is_accepted else 1)


@app.command()
@guarded
def hint(slug: str) -> None:
    """Reveal the next hint (your hint count is recorded)."""
    from mlinterview.cli.render import markdown
    from mlinterview.services.practice import next_hint

    with context() as ctx:
        p, number, text = next_hint(ctx, slug)
    out = console()
    if text is None:
        out.print(
            f"[yellow]All {number} hints of {p.title} are shown.[/] Try [cyan]mli solution {p.slug}[/]."
        )
        for i, h in enumerate(p.hints.hints, 1):
            out.print(f"[bold]Hint {i}[/]")
            markdown(out, h)
        return
    out.print(f"[bold]Hint {number} of {len(p.hints.hints)}[/] — {p.title}")
    markdown(out, text)


@app.command()
@guarded
def solution(
    slug: str, yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask first.")] = False
) -> None:
    """Show the editorial and the reference solution (asks first if you have not solved it)."""
    from mlinterview.cli.render import markdown
    from mlinterview.services.mock import editorial_locked
    from mlinterview.services.practice import is_solved

    with context() as ctx:
        p = ctx.catalog.get(slug)
        solved = is_solved(ctx, p)
        if editorial_locked(ctx, p.slug):
            raise fail(
                f"{p.slug} is in a mock that is still running: its editorial unlocks when the mock ends"
            )
    if not solved and not yes:
        if not sys.stdin.isatty():
            raise fail(f"{p.slug} is not solved yet: pass --yes to read the solution anyway")
        if not typer.confirm(f"You have not solved {p.title} yet. Read the solution anyway?", default=False):
            raise typer.Exit(1)
    out = console()
    out.print(f"[bold]{p.title}[/] — editorial")
    markdown(out, p.editorial)
    markdown(out, f"## Reference solution\n\n```{p.language}\n{p.solution}\n```")
    if p.hints.follow_ups:
        markdown(out, "## Follow-up questions\n\n" + "\n".join(f"- {q}" for q in p.hints.follow_ups))


@app.command("progress")
@guarded
def progress_cmd() -> None:
    """Your progress per track, streak and recent attempts."""
    from rich.table import Table

    from mlinterview.cli.render import bar
    from mlinterview.services.dashboard import recent_attempts
    from mlinterview.services.progress import progress
    from mlinterview.wording import plural

    out = console()
    with context() as ctx:
        prog = progress(ctx)
        recent = recent_attempts(ctx, limit=10)
        extra = _progress_extras(ctx)
    table = Table(header_style="bold", box=None)
    for column in ("track", "", "solved", "in progress", "total"):
        table.add_column(column)
    for t in prog.tracks:
        table.add_row(t.title, bar(t.solved, t.total), str(t.solved), str(t.attempted), str(t.total))
    out.print(table)
    out.print(
        f"streak {plural(prog.streak_days, 'day')} · active on {plural(prog.active_days, 'day')} · "
        f"{plural(prog.attempts, 'submission')}, {prog.accepted} accepted"
    )
    for line in extra:
        out.print(line)
    if recent:
        out.print("\n[bold]Recent attempts[/]")
        for a in recent:
            out.print(
                f"  {a['created_at']:%Y-%m-%d %H:%M}  {a['mode']:<6} {a['slug']:<40} "
                f"{a['verdict']} ({a['passed']}/{a['total']})"
            )


def _progress_extras(ctx: Context) -> list[str]:
    from mlinterview.services.review import stats

    s = stats(ctx)
    retention = f"{s.retention_30d:.0%}" if s.retention_30d is not None else "—"
    recall = f"{s.average_retrievability:.0%}" if s.average_retrievability is not None else "—"
    week = sum(s.forecast[:7])
    return [
        f"reviews: {s.cards_seen}/{s.cards_total} cards started · {s.due_now} due now · "
        f"{s.reviews_30d} reviews in 30 days, {retention} remembered · predicted recall now {recall} · "
        f"{week} due in the next 7 days"
    ]


@app.command()
@guarded
def watch(
    file: Path,
    problem: ProblemOpt = None,
    interval: Annotated[float, typer.Option(help="Seconds between checks for a save.")] = 0.3,
    once: Annotated[bool, typer.Option(hidden=True)] = False,
) -> None:
    """Re-run the samples every time you save FILE (Ctrl-C to stop)."""
    from mlinterview.cli.render import report
    from mlinterview.services.practice import infer_problem, read_submission, run_samples

    out = console()
    with context() as ctx:
        p = infer_problem(ctx, file, problem)
        out.print(f"[dim]watching {file} for {p.title}; Ctrl-C to stop[/]")
        last = None
        try:
            while True:
                try:
                    stamp = file.stat().st_mtime_ns
                except FileNotFoundError:
                    stamp = None
                if stamp is not None and stamp != last:
                    last = stamp
                    out.rule(time.strftime("%H:%M:%S"))
                    judged = run_samples(ctx, p, read_submission(file), filename=str(file))
                    report(out, f"{p.title} — samples", judged.report, samples_only=True)
                    if judged.report.is_accepted:
                        out.print(f"[green]All samples pass.[/] Submit with [cyan]mli submit {file}[/]")
                    if once:
                        return
                time.sleep(interval)
        except KeyboardInterrupt:
            out.print("[dim]stopped[/]")


@app.command()
@guarded
def validate(
    slugs: Annotated[list[str] | None, typer.Argument(help="Problems to prove (default: all).")] = None,
    workers: Annotated[int, typer.Option(help="Parallel judge workers.")] = 2,
    timings: Annotated[
        bool, typer.Option("--timings", help="Print each judged solution's slowest case against the limit.")
    ] = False,
) -> None:
    """Prove problems: reference passes with headroom, starter fails, alt/ accepted, wrong/ slow/ rejected."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from mlinterview.services.validate import validate as run_validate

    out = console()
    started = time.monotonic()
    with context(workers=workers) as ctx:
        total = len(slugs) if slugs else len(ctx.catalog.problems()) + len(ctx.catalog.design_prompts())
        with Progress(
            TextColumn("validating"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=out,
            transient=True,
        ) as bar:
            task = bar.add_task("", total=total)

            def tick(check: ProblemCheck) -> None:
                bar.update(task, advance=1, description=check.slug)

            results, load_errors = run_validate(ctx, slugs, progress=tick)
    failed = [r for r in results if not r.ok]
    for error in load_errors:
        out.print(f"[red]✗[/] {error}")
    if timings:
        for r in results:
            limit = ctx.catalog.get(r.slug).time_s
            spent = ", ".join(f"{label} {s:.3f} s" for label, s in r.times.items())
            out.print(f"{r.slug} (limit {limit:g} s, {r.seconds:.1f} s to prove): {spent}", soft_wrap=True)
    for r in failed:
        out.print(f"[red]✗ {r.slug}[/]")
        for problem in r.problems:
            out.print(f"    {problem}")
    elapsed = time.monotonic() - started
    checks = sum(r.checks for r in results)
    ok = not failed and not load_errors
    style = "green" if ok else "red"
    if not slugs:
        out.print(f"{len(ctx.catalog.flashcards())} cards loaded from the decks")
        out.print(f"{len(ctx.catalog.behavioral_questions())} behavioral questions loaded")
    out.print(
        f"[{style}]{len(results) - len(failed)}/{len(results)} problems valid[/], "
        f"{checks} solutions judged, {len(load_errors)} pack files failed to load, in {elapsed:.1f} s"
    )
    raise typer.Exit(0 if ok else 1)


@app.command()
@guarded
def doctor() -> None:
    """Show the sandbox's isolation level and where your data lives."""
    import platform

    from mlinterview.services.doctor import health

    out = console()
    with context() as ctx:
        facts = health(ctx)
    iso, n, errors, db, version = (
        facts.isolation,
        facts.problems,
        facts.load_errors,
        facts.database,
        facts.schema,
    )
    level = isolation_level(iso)
    out.print(f"[bold]isolation[/]: {level}")
    out.print(f"  namespaces: {', '.join(iso.get('namespaces') or []) or 'none'}")
    out.print(f"  separate uid per job: {'yes' if iso.get('uid_drop') else 'no'}")
    for line in sandbox_lines(iso):
        out.print(f"  {line}")
    out.print(
        f"  Landlock: {'ABI ' + str(iso['landlock_abi']) if iso.get('landlock_abi') else 'not available'}"
    )
    out.print(
        f"  hidden from submissions: {', '.join(iso.get('hidden') or []) or 'nothing (no mount namespace)'}"
    )
    out.print(
        "  always: rlimits (CPU, memory, file size, open files), wall-clock kill of the whole process tree, "
        "private working folder, clean environment"
    )
    out.print(f"[bold]python[/]: {platform.python_version()} ({sys.executable})")
    out.print(f"[bold]data[/]: {ctx.config.home}  (database {db}, schema {version})")
    out.print(f"[bold]workspace[/]: {ctx.config.workspace}")
    out.print(f"[bold]content[/]: {n} problems" + (f", [red]{errors} failed to load[/]" if errors else ""))
    libs = facts.libraries
    shown = ", ".join(f"{name} {version or '[red]missing[/]'}" for name, version in libs.items())
    hint = "" if all(libs.values()) else f" (install with `{facts.install_libraries}`)"
    out.print(f"[bold]libraries track[/]: {shown}{hint}")
    from mlinterview.cli.daemon import describe, service_status

    out.print(describe(service_status()), soft_wrap=True)
    out.print("[dim]docs/SECURITY.md explains what each level stops and what it does not.[/]")


def sandbox_lines(iso: dict[str, Any]) -> list[str]:
    """What bounds a whole job, as the worker reported it (docs/SECURITY.md, "Per job")."""
    lines = [f"memory accounting: {iso.get('memory_accounting') or 'per process (RLIMIT_AS)'}"]
    if iso.get("uid_range"):
        low, high = iso["uid_range"]
        lines.append(f"sandbox uids: {low}-{high}, leased {iso.get('uid_leases')}")
        lines.append(f"kernel keyrings: {iso.get('keyrings')}")
    lines.append(f"IPC namespace per job: {'yes' if iso.get('ipc_per_job') else 'no'}")
    lines.append(f"job folder: {iso.get('job_folder') or 'plain folder'}")
    return lines


def isolation_level(iso: dict[str, Any]) -> str:
    namespaces = set(iso.get("namespaces") or [])
    if {"pid", "net", "mount"} <= namespaces and iso.get("uid_drop") and iso.get("landlock_abi"):
        return "full (namespaces + separate uid + Landlock)"
    if {"pid", "net"} <= namespaces:
        return "strong (namespaces" + (" + Landlock" if iso.get("landlock_abi") else "") + ")"
    if iso.get("landlock_abi"):
        return "medium (Landlock, no namespaces)"
    return "basic (rlimits and process-group kill only)"


def main() -> None:
    from mlinterview.cli.client import forward

    code = forward(sys.argv[1:])  # `mli run`/`mli submit` through the warm judge service
    if code is not None:
        raise SystemExit(code)
    app()


def _register_knowledge_commands() -> None:
    from mlinterview.cli import daemon, design, knowledge, loop, portfolio, serve, stories

    app.command()(serve.serve)
    app.command()(knowledge.review)
    app.command()(knowledge.today)
    app.add_typer(knowledge.export_app, name="export")
    app.add_typer(design.design_app, name="design")
    app.add_typer(stories.story_app, name="story")
    app.add_typer(portfolio.portfolio_app, name="portfolio")
    loop.register(app, knowledge.export_app)
    app.add_typer(daemon.daemon_app, name="daemon")


_register_knowledge_commands()
