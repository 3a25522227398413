"""The practice loop: start a problem, run the samples, submit, take a hint, read the solution."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mlinterview.catalog import Problem
from mlinterview.errors import UserInputError
from mlinterview.judge.verdicts import Report, Verdict
from mlinterview.services.context import Context

MAX_SUBMISSION_BYTES = 256 * 1024


@dataclass
class Judged:
    problem: Problem
    report: Report
    attempt_id: int | None = None
    review_rating: int | None = None  # the re-solve rating applied, if the problem was due


def workspace_file(ctx: Context, problem: Problem) -> Path:
    return ctx.config.workspace / problem.track / f"{problem.slug}{problem.suffix}"


def start(ctx: Context, slug: str, *, force: bool = False) -> tuple[Problem, Path, bool]:
    """Write the starter into the workspace; returns (problem, path, created)."""
    problem = ctx.catalog.get(slug)
    path = workspace_file(ctx, problem)
    created = force or not path.exists()
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(problem.starter, encoding="utf-8")
    ctx.store.start_session(problem.id, ctx.clock())
    return problem, path, created


def infer_problem(ctx: Context, path: Path, slug: str | None) -> Problem:
    if slug:
        return ctx.catalog.get(slug)
    stem = re.sub(r"[_\s]+", "-", path.stem.lower())
    stem = re.sub(r"\.(wrong|slow|v\d+).*$", "", stem)
    try:
        return ctx.catalog.get(stem)
    except UserInputError:
        raise UserInputError(
            f"cannot tell which problem {path.name} is for: name the file after the problem "
            f"(two-sum.py) or pass --problem SLUG"
        ) from None


def read_submission(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserInputError(f"{path}: is a folder, not a file") from None
    if len(data) > MAX_SUBMISSION_BYTES:
        raise UserInputError(
            f"{path}: {len(data) // 1024} KB is larger than the {MAX_SUBMISSION_BYTES // 1024} KB limit"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserInputError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def run_samples(ctx: Context, problem: Problem, code: str, *, filename: str | None = None) -> Judged:
    """Judge the sample cases and record the run; ``filename`` names the learner's file in
    tracebacks (the editor's name when None)."""
    report = _judge(ctx, problem, code, samples_only=True, filename=filename)
    ctx.store.add_attempt(
        problem_id=problem.id,
        slug=problem.slug,
        track=problem.track,
        mode="run",
        report=report.to_dict(),
        code=code,
        hints_used=ctx.store.hints_used(problem.id),
        time_spent_s=_time_spent(ctx, problem),
        now=ctx.clock(),
    )
    if getattr(ctx, "keeps_warm", False) and problem.complexity and problem.has_generator:
        from mlinterview.services import growth

        growth.prepare(problem.file("gen.py"))  # so that the Submit after these runs is quick
    return Judged(problem, report)


def submit(
    ctx: Context,
    problem: Problem,
    code: str,
    *,
    complexity: bool = True,
    rating: int | None = None,
    filename: str | None = None,
) -> Judged:
    """Judge every case, record the attempt, and rate the problem's re-solve in the review
    queue (``rating`` overrides the rating the outcome implies; ``filename`` names the
    learner's file in tracebacks)."""
    from mlinterview.services.review import schedule_problem

    report = _judge(ctx, problem, code, samples_only=False, filename=filename)
    if is_growth_measured(report) and complexity and has_growth_check(problem):
        report.complexity = _complexity(ctx, problem, code)
    hints = ctx.store.hints_used(problem.id)
    spent = _time_spent(ctx, problem)
    earlier = ctx.store.attempt_summaries(problem.id, limit=1, mode="submit")
    failed_before = bool(earlier) and earlier[0]["verdict"] != "accepted"
    attempt = ctx.store.add_attempt(
        problem_id=problem.id,
        slug=problem.slug,
        track=problem.track,
        mode="submit",
        report=report.to_dict(),
        code=code,
        hints_used=hints,
        time_spent_s=spent,
        now=ctx.clock(),
    )
    applied = schedule_problem(
        ctx, problem, report, hints, spent, override=rating, failed_before=failed_before, now=ctx.clock()
    )
    return Judged(problem, report, attempt, applied)


def _judge(ctx: Context, problem: Problem, code: str, *, samples_only: bool, filename: str | None) -> Report:
    """Judge ``code``; the report keeps only bounded previews of what the learner's code made,
    so that storing, sending and printing it costs little and never fails."""
    from mlinterview.judge.grader import judge
    from mlinterview.judge.preview import bounded_report
    from mlinterview.services.cases import problem_cases
    from mlinterview.services.tasks import task_for

    cases = problem_cases(ctx.catalog, problem, ctx.pool, ctx.config.cache_dir, samples_only=samples_only)
    task = task_for(problem, code) if filename is None else task_for(problem, code, filename)
    return bounded_report(judge(ctx.pool, task, cases))


def _complexity(ctx: Context, problem: Problem, code: str) -> dict[str, Any] | None:
    from mlinterview.judge.complexity import measure
    from mlinterview.judge.grader import Task
    from mlinterview.services.growth import scaled_frames
    from mlinterview.services.tasks import task_for

    assert problem.complexity is not None
    task = task_for(problem, code)
    assert isinstance(task, Task)  # the complexity check times Python code
    gen = problem.file("gen.py")
    return measure(ctx.pool, task, gen, problem.complexity["time"], frames=scaled_frames(gen))


def has_growth_check(problem: Problem) -> bool:
    """Whether an accepted submission to ``problem`` gets a complexity line."""
    return bool(problem.complexity and problem.has_generator)


def is_growth_measured(report: Report) -> bool:
    """After Accepted, growth is advice; after Time Limit Exceeded, it says why (n^2 for a target n)."""
    return report.is_accepted or report.verdict == Verdict.TIME_LIMIT


def measure_growth(ctx: Context, problem: Problem, attempt_id: int) -> dict[str, Any] | None:
    """The complexity line of submission ``attempt_id`` (made with ``complexity=False``; accepted
    or over the time limit),
    measured now on the code it recorded and stored with it: the web app shows the verdict first
    and this after. None when the problem has no growth check or ``attempt_id`` is no accepted
    submission of it."""
    from mlinterview.store.attempt_growth import set_complexity

    if not has_growth_check(problem):
        return None
    found = ctx.store.attempt(attempt_id)
    if found is None or found["problem_id"] != problem.id or found["mode"] != "submit":
        return None
    if found["verdict"] not in ("accepted", "time_limit"):
        return None
    complexity = _complexity(ctx, problem, found["code"])
    if complexity is not None:
        set_complexity(ctx.store.engine, attempt_id, problem.id, complexity)
    return complexity


def _time_spent(ctx: Context, problem: Problem) -> float | None:
    started = ctx.store.session_started(problem.id)
    if started is None:
        return None
    return max((ctx.clock() - started).total_seconds(), 0.0)


def next_hint(ctx: Context, slug: str) -> tuple[Problem, int, str | None]:
    """Reveal one more hint: (problem, its number, text) or text None when all are shown."""
    problem = ctx.catalog.get(slug)
    hints = problem.hints.hints
    used = ctx.store.hints_used(problem.id)
    if used >= len(hints):
        return problem, len(hints), None
    ctx.store.set_hints_used(problem.id, used + 1)
    return problem, used + 1, hints[used]


def is_solved(ctx: Context, problem: Problem) -> bool:
    return ctx.store.status_by_problem().get(problem.id) == "solved"
