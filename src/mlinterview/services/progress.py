"""Progress the learner owns: per-track counts, streak, what to do next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from mlinterview.catalog import Problem
from mlinterview.catalog.problem import TRACKS
from mlinterview.services.context import Context
from mlinterview.services.listing import unsolved_in_study_order


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
    days = set(ctx.store.activity_by_day())
    today = ctx.clock().date()
    pending = unsolved_in_study_order(ctx, status)
    next_up = [p for track, ps in pending.items() for p in ps[: 3 if track == "dsa" else 1]]
    counts = ctx.store.submissions_by_problem().values()
    return Progress(
        tracks,
        streak(days, today),
        len(days),
        next_up,
        sum(n for n, _ in counts),
        sum(ok for _, ok in counts),
    )
