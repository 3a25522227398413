"""The catalog seen by track, for the plan and the mocks: one list of plan items per track in
roadmap order, with minutes and titles.

Tracks filed beside this one (system design, behavioral) are read through the catalog only:
``catalog.problems("design")`` for design prompts, and ``catalog.problems("behavioral")`` or a
``behavioral_questions()`` method for behavioral questions, when the catalog has them. An empty
track gives an empty list, and the plan says so.
"""

from __future__ import annotations

from typing import Any

from mlinterview.services.context import Context
from mlinterview.services.planner import PlanItem

PROBLEM_MINUTES = {"easy": 10.0, "medium": 20.0, "hard": 35.0}
PROMPT_MINUTES = 45.0
STORY_MINUTES = 20.0
PROBLEM_TRACKS = ("dsa", "ml", "stats", "sql", "libraries")


def problem_minutes(difficulty: str) -> float:
    return PROBLEM_MINUTES.get(difficulty, 20.0)


def behavioral_questions(ctx: Context) -> list[Any]:
    finder = getattr(ctx.catalog, "behavioral_questions", None)
    if callable(finder):
        return list(finder())
    return list(ctx.catalog.problems("behavioral"))


def _field(item: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
        if value:
            return value
    return default


def track_items(ctx: Context, track: str) -> list[PlanItem]:
    """What the catalog holds for ``track``, in study order."""
    if track in PROBLEM_TRACKS:
        from mlinterview.services.progress import roadmap

        problems = ctx.catalog.problems(track)
        ordered = roadmap(problems) if track == "dsa" else problems
        return [PlanItem(track, "problem", p.slug, problem_minutes(p.difficulty), p.title) for p in ordered]
    if track == "design":
        return [
            PlanItem("design", "prompt", p.slug, float(p.extra.get("minutes", PROMPT_MINUTES)), p.title)
            for p in ctx.catalog.problems("design")
        ]
    if track == "behavioral":
        items = []
        for q in behavioral_questions(ctx):
            ref = str(_field(q, "slug", "id", default=""))
            title = str(_field(q, "title", "question", "text", default=ref))
            if ref:
                items.append(PlanItem("behavioral", "story", ref, STORY_MINUTES, title))
        return items
    return []
