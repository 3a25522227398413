"""Progress the learner owns: per-track counts, streak, what to do next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from mlinterview.catalog import Problem
from mlinterview.catalog.problem import PATTERNS, TRACKS
from mlinterview.services.context import Context


@dataclass
class TrackProgress:
    track: str
    title: str
    total: int
    solved: int
    attempted: int


@dataclass
class Progress:
    tracks: list[TrackProgress]
    streak_days: int
    active_days: int
    next_up: list[Problem] = field(default_factory=list)
    attempts: int = 0
    accepted: int = 0


def roadmap(problems: list[Problem]) -> list[Problem]:
    """Problems in study order: pattern by pattern, easy before hard within a pattern."""
    difficulty = {"easy": 0, "medium": 1, "hard": 2}
    return sorted(
        problems,
        key=lambda p: (
            PATTERNS.index(p.pattern) if p.pattern in PATTERNS else 99,
            difficulty.get(p.difficulty, 3),
            p.slug,
        ),
    )


def streak(days: set[date], today: date) -> int:
    """Consecutive active days ending today (or yesterday, so a streak survives until tonight)."""
    current = today if today in days else today - timedelta(days=1)
    count = 0
    while current in days:
        count += 1
        current -= timedelta(days=1)
    return count


def progress(ctx: Context) -> Progress:
    status = ctx.store.status_by_problem()
    tracks = []
    for track, title in TRACKS.items():
        problems = ctx.catalog.problems(track)
        if not problems:
            continue
        solved = sum(status.get(p.id) == "solved" for p in problems)
        attempted = sum(status.get(p.id) == "attempted" for p in problems)
        tracks.append(TrackProgress(track, title, len(problems), solved, attempted))
    days = {d.date() for d in ctx.store.activity_days()}
    today = ctx.clock().date()
    next_up = [p for p in roadmap(ctx.catalog.problems("dsa")) if status.get(p.id) != "solved"][:3]
    for track in ("ml", "stats", "sql"):
        pending = [p for p in ctx.catalog.problems(track) if status.get(p.id) != "solved"]
        if pending:
            next_up.append(pending[0])
    attempts = ctx.store.attempts(limit=100000)
    submits = [a for a in attempts if a["mode"] == "submit"]
    return Progress(
        tracks,
        streak(days, today),
        len(days),
        next_up,
        len(submits),
        sum(a["verdict"] == "accepted" for a in submits),
    )
