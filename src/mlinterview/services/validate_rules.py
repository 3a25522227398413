"""The rules ``mli validate`` checks on a pack's data beyond "the reference passes": stated
constraints are respected and reached, the complexity feedback has its inputs, and the
reference leaves headroom under the time limit.

Each function appends what is wrong to the check's ``problems``; none of them runs learner code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mlinterview.catalog import Problem
from mlinterview.catalog.constraints import unreached, violations
from mlinterview.judge import packcode

if TYPE_CHECKING:
    from mlinterview.judge.grader import Case
    from mlinterview.services.validate import ProblemCheck

HEADROOM = 0.5  # the reference's slowest case may use at most this share of the time limit
NEEDS_CONSTRAINTS = {"dsa"}


def check_constraints(problem: Problem, cases: list[Case], check: ProblemCheck) -> None:
    """Every case keeps to problem.yaml's ``constraints:``, and a hidden case reaches each
    stated length maximum. dsa packs must state their constraints."""
    constraints: dict[str, Any] | None = problem.extra.get("constraints")
    if not constraints:
        if problem.track in NEEDS_CONSTRAINTS:
            check.problems.append("problem.yaml states no constraints: (the statement's maxima, as data)")
        return
    for case in cases:
        broken = violations(constraints, problem.entry, case.args)
        if broken:
            check.problems.append(f"case {case.id!r} breaks the stated constraints: {'; '.join(broken)}")
    hidden = [case.args for case in cases if not case.is_sample]
    for missing in unreached(constraints, problem.entry, hidden):
        check.problems.append(f"{missing}: a hidden case must test the stated maximum")


def check_complexity_inputs(problem: Problem, check: ProblemCheck) -> None:
    """``complexity:`` needs gen.py's ``scale(n, rng)``: without it the feedback silently never runs."""
    if problem.complexity is None:
        return
    if not problem.has_generator:
        check.problems.append("declares complexity: but has no gen.py with scale(n, rng)")
        return
    if not callable(packcode.load(problem.file("gen.py")).get("scale")):
        check.problems.append("declares complexity: but gen.py defines no scale(n, rng)")


def headroom_problem(problem: Problem, slowest_s: float) -> str | None:
    """A message when the reference's slowest case leaves less than the required headroom."""
    if slowest_s <= HEADROOM * problem.time_s:
        return None
    return (
        f"solution.py takes {slowest_s:.2f} s on its slowest case, more than "
        f"{HEADROOM:.0%} of the {problem.time_s:g} s limit: raise limits.time_s "
        "(or lower the stated maxima) so a plain solution of the intended complexity fits"
    )
