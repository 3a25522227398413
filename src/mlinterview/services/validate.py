"""``mli validate``: every problem proves itself.

For each problem: the pack loads and its schema is valid; case ids are unique (generated ones
included); the reference passes every case (generated ones included) with its slowest case in
at most half the time limit; the starter fails; every ``alt/`` solution (a plain, correct
alternative) is accepted, every ``wrong/`` one gets wrong_answer and every ``slow/`` one
time_limit. Python and SQL problems are proven by the same steps through the one judge. The
cases keep to the stated ``constraints:`` and reach their maxima; a declared ``complexity:`` has
its ``scale()``. Track rules on top (dsa: >= 3 samples, >= 25 hidden cases, at least one wrong
solution; dsa, ml, stats and libraries: constraints stated; ml, stats and sql: an ``alt/``
solution kept; sql: ``services/sql.prove_rules``, table sizes stated).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from mlinterview.catalog import Problem
from mlinterview.errors import ContentError, MliError
from mlinterview.judge.verdicts import Report, Verdict
from mlinterview.services.context import Context
from mlinterview.services.validate_rules import (
    check_complexity_inputs,
    check_constraints,
    headroom_problem,
)

MIN_SAMPLES = {"dsa": 3}
MIN_HIDDEN = {"dsa": 25, "sql": 3}  # sql: hidden datasets, hand-written and generated
NEEDS_WRONG = {"dsa", "ml", "libraries", "sql"}
# A plain correct solution written another way, beside the tuned reference: the limits and
# tolerances must be fair to it too (every problem of these tracks keeps one).
NEEDS_ALT = {"ml", "stats", "sql"}


@dataclass
class ProblemCheck:
    slug: str
    problems: list[str] = field(default_factory=list)
    checks: int = 0
    seconds: float = 0.0
    times: dict[str, float] = field(default_factory=dict)  # slowest case per judged solution

    @property
    def ok(self) -> bool:
        return not self.problems


def validate(
    ctx: Context, slugs: list[str] | None = None, progress: Callable[[ProblemCheck], None] | None = None
) -> tuple[list[ProblemCheck], list[ContentError]]:
    catalog = ctx.catalog
    designs = [catalog.design(s) for s in slugs or [] if catalog.is_design(s)]
    problems = [catalog.get(s) for s in slugs if not catalog.is_design(s)] if slugs else catalog.problems()
    if not slugs:
        designs = catalog.design_prompts()
        catalog.flashcards()  # decks are proven by loading: schema, unique ids, no repeated questions
        catalog.behavioral_questions()  # likewise: schema, known competency, unique ids
    load_errors = [] if slugs else list(catalog.errors)
    results: list[ProblemCheck] = []
    with ThreadPoolExecutor(max_workers=max(1, ctx.workers)) as executor:
        for check in executor.map(lambda p: validate_problem(ctx, p), problems):
            results.append(check)
            if progress:
                progress(check)
    for prompt in designs:
        from mlinterview.services.design import prove

        started = time.monotonic()
        check = ProblemCheck(prompt.slug, prove(prompt), checks=1, seconds=time.monotonic() - started)
        results.append(check)
        if progress:
            progress(check)
    return results, load_errors


def validate_problem(ctx: Context, problem: Problem) -> ProblemCheck:
    started = time.monotonic()
    check = ProblemCheck(problem.slug)
    try:
        _prove(ctx, problem, check)
    except MliError as exc:
        check.problems.append(str(exc))
    check.seconds = time.monotonic() - started
    return check


def _prove(ctx: Context, problem: Problem, check: ProblemCheck) -> None:
    from mlinterview.judge.grader import judge
    from mlinterview.services.cases import problem_cases
    from mlinterview.services.tasks import task_for

    cases = problem_cases(ctx.catalog, problem, ctx.pool, ctx.config.cache_dir)
    samples = [c for c in cases if c.is_sample]
    n_hidden = len(cases) - len(samples)
    if len(samples) < MIN_SAMPLES.get(problem.track, 1):
        check.problems.append(
            f"has {len(samples)} sample cases; {problem.track} needs {MIN_SAMPLES[problem.track]}"
        )
    if n_hidden < MIN_HIDDEN.get(problem.track, 0):
        check.problems.append(
            f"has {n_hidden} hidden cases; {problem.track} needs {MIN_HIDDEN[problem.track]}"
        )
    if problem.track in NEEDS_WRONG and not problem.solutions_in("wrong"):
        check.problems.append("keeps no wrong/ solution")
    if problem.track in NEEDS_ALT and not problem.solutions_in("alt"):
        check.problems.append("keeps no alt/ solution (a plain correct one, written another way)")
    extra: list[tuple[str, str, Verdict]] = []
    if problem.language == "sql":
        from mlinterview.services.sql import prove_rules

        extra = prove_rules(problem, cases, check)
    else:
        check_constraints(problem, cases, check)
        check_complexity_inputs(problem, check)

    def expect(label: str, code: str, wanted: Verdict | None) -> Report:
        report: Report = judge(ctx.pool, task_for(problem, code, label), cases, keep_going=False)
        check.checks += 1
        check.times[label] = report.time_s
        if wanted is None:
            if report.verdict is Verdict.ACCEPTED:
                check.problems.append(f"{label} is accepted but must fail")
        elif report.verdict is not wanted:
            failure = report.first_failure
            if failure:
                where = f" on case {failure.case_id!r}: {failure.message[:300]}"
            else:
                where = f": {report.message[:300]}" if report.message else ""
            check.problems.append(f"{label} got {report.verdict.value}, expected {wanted.value}{where}")
        return report

    reference = "solution" + problem.suffix
    report = expect(reference, problem.solution, Verdict.ACCEPTED)
    if report.is_accepted and headroom_problem(problem, report.time_s):
        # one more run before blaming the pack: a busy machine slows a single run down
        again = judge(ctx.pool, task_for(problem, problem.solution, reference), cases, keep_going=False)
        slowest = min(report.time_s, again.time_s if again.is_accepted else report.time_s)
        check.times[reference] = slowest
        message = headroom_problem(problem, slowest)
        if message:
            check.problems.append(message)
    expect("starter" + problem.suffix, problem.starter, None)
    for label, code, wanted in extra:
        expect(label, code, wanted)
    for path in problem.solutions_in("alt"):
        expect(f"alt/{path.name}", path.read_text(encoding="utf-8"), Verdict.ACCEPTED)
    for path in problem.solutions_in("wrong"):
        expect(f"wrong/{path.name}", path.read_text(encoding="utf-8"), Verdict.WRONG_ANSWER)
    for path in problem.solutions_in("slow"):
        expect(f"slow/{path.name}", path.read_text(encoding="utf-8"), Verdict.TIME_LIMIT)
