"""The home and progress screens' aggregates: today's plan with what each item opens, what is
due, recent attempts, problems solved over time, activity per day, the weakest topics."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from mlinterview.catalog.problem import TRACKS
from mlinterview.services.context import Context
from mlinterview.services.problem_state import attempt_summary


@dataclass
class PlanItem:
    kind: str  # resolve | cards | new-problem | story | journal | mock | new-prompt | new-story
    title: str
    minutes: float
    track: str
    slug: str | None  # the problem or design prompt the item opens, if any


def today_plan(ctx: Context) -> tuple[list[PlanItem], float]:
    """``services.review.today`` with each item tied to the problem or card track it opens."""
    from mlinterview.services.review import today

    plan = today(ctx)
    items = [PlanItem(i.kind, i.title, i.minutes, i.track, i.opens) for i in plan.items]
    return items, plan.minutes


@dataclass
class DueCounts:
    """What is waiting today, counted once for every screen (home tiles, plan, review page)."""

    resolves: int  # problems due for a re-solve
    cards: int  # cards in today's queue: due ones plus today's new ones

    @property
    def total(self) -> int:
        return self.resolves + self.cards


def due_counts(ctx: Context) -> DueCounts:
    from mlinterview.services.review import card_queue, due_problems

    return DueCounts(len(due_problems(ctx)), len(card_queue(ctx)))


def is_first_visit(ctx: Context) -> bool:
    """Nothing attempted and no card reviewed yet."""
    return not ctx.store.has_attempts() and not ctx.store.review_items()


def recent_attempts(ctx: Context, limit: int = 8) -> list[dict[str, Any]]:
    """The latest attempts across problems, with each problem's title."""
    titles = {p.id: p.title for p in ctx.catalog.problems()}
    rows = []
    for a in ctx.store.attempt_summaries(limit=limit):
        row = attempt_summary(a)
        row.update(slug=a["slug"], track=a["track"], title=titles.get(a["problem_id"], a["slug"]))
        rows.append(row)
    return rows


def solved_over_time(ctx: Context) -> dict[str, list[tuple[date, int]]]:
    """Per track: (day, problems solved by the end of that day), one point per day a new
    problem was first accepted."""
    per_day: dict[str, Counter[date]] = defaultdict(Counter)
    for _, _, track, when in ctx.store.first_accepted():
        per_day[track][when.date()] += 1
    series: dict[str, list[tuple[date, int]]] = {}
    for track in sorted(per_day, key=lambda t: list(TRACKS).index(t) if t in TRACKS else 99):
        total = 0
        points = []
        for day in sorted(per_day[track]):
            total += per_day[track][day]
            points.append((day, total))
        series[track] = points
    return series


def activity_by_day(ctx: Context) -> dict[date, int]:
    """Runs, submissions and card reviews per day (the store's one definition of activity)."""
    return ctx.store.activity_by_day()


@dataclass
class TopicStat:
    topic: str
    accepted: int
    submissions: int

    @property
    def ratio(self) -> float:
        return self.accepted / self.submissions if self.submissions else 0.0


def weakest_topics(ctx: Context, limit: int = 8) -> list[TopicStat]:
    """Topics by accepted share of submissions, lowest first (topics with submissions only)."""
    by_id = {p.id: p for p in ctx.catalog.problems()}
    stats: dict[str, TopicStat] = {}
    for problem_id, (submissions, accepted) in ctx.store.submissions_by_problem().items():
        problem = by_id.get(problem_id)
        if problem is None:
            continue
        for topic in dict.fromkeys([*problem.topics, *([problem.pattern] if problem.pattern else [])]):
            stat = stats.setdefault(topic, TopicStat(topic, 0, 0))
            stat.submissions += submissions
            stat.accepted += accepted
    ranked = sorted(stats.values(), key=lambda s: (s.ratio, -s.submissions, s.topic))
    return ranked[:limit]
