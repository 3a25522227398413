"""The catalog seen by track, for the plan and the mocks: one list of plan items per track in
roadmap order, with minutes and titles.

Design prompts come from ``catalog.design_prompts()`` and behavioral questions from
``catalog.behavioral_questions()``. An empty track gives an empty list, and the plan says so.
"""

from __future__ import annotations

from mlinterview.catalog.behavioral import BehavioralQuestion
from mlinterview.services.context import Context
from mlinterview.services.planner import PlanItem

PROBLEM_MINUTES = {"easy": 10.0, "medium": 20.0, "hard": 35.0}
PROMPT_MINUTES = 45.0
STORY_MINUTES = 20.0
PROBLEM_TRACKS = ("dsa", "ml", "stats", "sql", "libraries")


def problem_minutes(difficulty: str) -> float:
    return PROBLEM_MINUTES.get(difficulty, 20.0)


def behavioral_questions(ctx: Context) -> list[BehavioralQuestion]:
    return list(ctx.catalog.behavioral_questions())


def track_items(ctx: Context, track: str) -> list[PlanItem]:
    """What the catalog holds for ``track``, in study order."""
    if track in PROBLEM_TRACKS:
        from mlinterview.services.listing import study_order

        problems = ctx.catalog.problems(track)
        ordered = study_order(problems)
        return [PlanItem(track, "problem", p.slug, problem_minutes(p.difficulty), p.title) for p in ordered]
    if track == "design":
        return [
            PlanItem("design", "prompt", p.slug, float(p.minutes or PROMPT_MINUTES), p.title)
            for p in ctx.catalog.design_prompts()
        ]
    if track == "behavioral":
        return [
            PlanItem("behavioral", "story", q.id, STORY_MINUTES, q.question)
            for q in behavioral_questions(ctx)
        ]
    return []
