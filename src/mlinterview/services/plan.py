"""The learner's plan to the interview date: set it, show it (re-planned from what is done and
what is weak, with what changed), export it as iCalendar, and the plan's items for today.

The planning rules live in :mod:`mlinterview.services.planner`; this module gathers its inputs
from the catalog and the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from mlinterview.errors import UserInputError
from mlinterview.services.catalog_items import track_items
from mlinterview.services.context import Context
from mlinterview.services.planner import (
    PLAN_TRACKS,
    ROLES,
    Plan,
    PlanInputs,
    PlanItem,
    Week,
    build_plan,
    compare,
    monday,
    snapshot,
)
from mlinterview.wording import plural

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CARD_MINUTES = 1.0  # a new card, counted with its first few reviews
WEAK_FAILURE_RATE = 0.5
WEAK_MIN_SUBMISSIONS = 3


@dataclass
class PlanView:
    interview_date: date
    hours_per_week: float
    role: str
    rest_days: list[str]
    company: str | None
    plan: Plan
    changes: list[str]
    this_week: date

    def to_json(self) -> dict[str, Any]:
        return {
            "interview_date": self.interview_date.isoformat(),
            "hours_per_week": self.hours_per_week,
            "weeks": [
                {
                    "start": w.start.isoformat(),
                    "minutes": round(w.minutes),
                    "items": [i.to_dict() for i in w.items],
                }
                for w in self.plan.weeks
            ],
            "role": self.role,
            "notes": self.plan.notes,
            "changes": self.changes,
        }


def parse_rest_days(text: str | None) -> list[str]:
    if not text:
        return []
    days = [d.strip().lower()[:3] for d in text.split(",") if d.strip()]
    for d in days:
        if d not in WEEKDAYS:
            raise UserInputError(f"--rest-days: {d!r} is not a weekday (use mon,tue,wed,thu,fri,sat,sun)")
    return sorted(set(days), key=WEEKDAYS.index)


def parse_date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserInputError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


def set_plan(
    ctx: Context,
    *,
    interview_date: date,
    hours_per_week: float,
    rest_days: list[str],
    role: str = "mle",
    company: str | None = None,
) -> PlanView:
    """Store the plan's settings and its first version (the baseline later plans compare to)."""
    if role not in ROLES:
        raise UserInputError(f"--role: no role {role!r} (roles: {', '.join(ROLES)})")
    now = ctx.clock()
    plan = _build(ctx, interview_date, hours_per_week, rest_days, role)
    ctx.store.save_plan_settings(
        interview_date=interview_date.isoformat(),
        hours_per_week=hours_per_week,
        rest_days=",".join(rest_days),
        role=role,
        company=company,
        baseline_json=json.dumps(snapshot(plan)),
        created_at=now,
    )
    return PlanView(interview_date, hours_per_week, role, rest_days, company, plan, [], monday(now.date()))


def show_plan(ctx: Context) -> PlanView | None:
    """The plan re-made from today, with what changed since it was set; None without a plan."""
    settings = ctx.store.plan_settings()
    if settings is None:
        return None
    interview = date.fromisoformat(settings["interview_date"])
    rest = [d for d in settings["rest_days"].split(",") if d]
    today = ctx.clock().date()
    if interview <= today:
        raise UserInputError(
            f"the interview date {interview} has passed: set a new one with `mli plan set --interview-date`"
        )
    plan = _build(ctx, interview, settings["hours_per_week"], rest, settings["role"])
    done = _done(ctx)
    changes = compare(json.loads(settings["baseline_json"]), plan, today, done)
    changes += _weak_notes(ctx)
    return PlanView(
        interview,
        settings["hours_per_week"],
        settings["role"],
        rest,
        settings["company"],
        plan,
        changes,
        monday(today),
    )


def _build(ctx: Context, interview: date, hours: float, rest: list[str], role: str) -> Plan:
    from mlinterview.services.mock_items import available_kinds

    now = ctx.clock()
    today = now.date()
    solved_on = _solved_on(ctx)
    week_start = monday(today)
    done_before = {ref for ref, day in solved_on.items() if day < week_start}
    items: dict[str, list[PlanItem]] = {}
    sizes: dict[str, int] = {}
    for track in PLAN_TRACKS:
        everything = track_items(ctx, track)
        sizes[track] = len(everything)
        items[track] = [i for i in everything if i.ref not in done_before]
    weak_patterns = {t for t, _, _ in weak_topics(ctx)}
    weak = tuple(
        i for i in items.get("dsa", []) if i.ref not in solved_on and _pattern(ctx, i.ref) in weak_patterns
    )
    known_cards = {i["item_id"] for i in ctx.store.review_items("card")}
    new_cards = sum(c.item_id not in known_cards for c in ctx.catalog.flashcards())
    try:
        return build_plan(
            PlanInputs(
                today=today,
                interview_date=interview,
                hours_per_week=hours,
                rest_days=frozenset(WEEKDAYS.index(d) for d in rest),
                role=role,
                items=items,
                catalog_sizes=sizes,
                done=frozenset(solved_on),
                weak=weak,
                review_minutes=tuple(review_forecast_minutes(ctx, now)),
                new_cards=new_cards,
                card_minutes=CARD_MINUTES,
                mock_minutes=available_kinds(ctx),
            )
        )
    except ValueError as exc:
        raise UserInputError(str(exc)) from None


def _pattern(ctx: Context, slug: str) -> str | None:
    try:
        return ctx.catalog.get(slug).pattern
    except UserInputError:
        return None


def _solved_on(ctx: Context) -> dict[str, date]:
    """slug -> the day it was first accepted."""
    first: dict[str, date] = {}
    for _, slug, _, when in ctx.store.first_accepted():
        first[slug] = min(first.get(slug, when.date()), when.date())
    return first


def _done(ctx: Context) -> set[str]:
    return set(_solved_on(ctx))


def review_forecast_minutes(ctx: Context, now: datetime, days: int = 30) -> list[float]:
    """Minutes of review due on each of the next ``days`` days (overdue counted today)."""
    from mlinterview.services.review import CARD_SECONDS, PROBLEM_MINUTES

    by_id = {p.id: p for p in ctx.catalog.problems()}
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    minutes = [0.0] * days
    for item in ctx.store.review_items():
        day = max(0, (item["due"] - start).days)
        if day >= days:
            continue
        if item["kind"] == "problem":
            problem = by_id.get(item["item_id"].removeprefix("problem:"))
            minutes[day] += PROBLEM_MINUTES.get(problem.difficulty if problem else "", 20.0)
        elif item["kind"] == "journal":
            minutes[day] += 10.0
        else:
            minutes[day] += CARD_SECONDS / 60
    return minutes


def weak_topics(ctx: Context) -> list[tuple[str, int, int]]:
    """(pattern, failed, submissions) for patterns failing at least half the time."""
    from mlinterview.services.dashboard import weakest_topics

    return [
        (s.topic, s.submissions - s.accepted, s.submissions)
        for s in weakest_topics(ctx, limit=100)
        if s.submissions >= WEAK_MIN_SUBMISSIONS and 1 - s.ratio >= WEAK_FAILURE_RATE
    ]


def _weak_notes(ctx: Context) -> list[str]:
    from mlinterview.srs import retrievability

    notes = [
        f"{topic}: {failed} of {total} submissions failed; its unsolved problems come first"
        for topic, failed, total in weak_topics(ctx)
    ]
    now = ctx.clock()
    low = [i for i in ctx.store.review_items() if retrievability(i["kind"], i["state_json"], now) < 0.7]
    if low:
        notes.append(
            f"{plural(len(low), 'review item')} below 70% predicted recall: the review block comes first"
        )
    return notes


def current_week(view: PlanView) -> Week | None:
    return next((w for w in view.plan.weeks if w.start == view.this_week), None)


def today_items(ctx: Context) -> list[PlanItem] | None:
    """The plan's new material still open this week (None when no plan is set)."""
    try:
        view = show_plan(ctx)
    except UserInputError:
        return None
    if view is None:
        return None
    week = current_week(view)
    if week is None:
        return []
    return [i for i in week.items if i.kind in ("problem", "prompt", "story", "mock") and not i.done]


def export_ics(ctx: Context, path: Path) -> int:
    """Write the plan as an iCalendar file: one all-day event per week (its items in the
    description) and one for the interview. Returns the number of events."""
    from icalendar import Calendar, Event

    view = show_plan(ctx)
    if view is None:
        raise UserInputError("no plan yet: run `mli plan set --interview-date YYYY-MM-DD --hours-per-week H`")
    cal = Calendar()
    cal.add("prodid", "-//mlinterview//plan//EN")
    cal.add("version", "2.0")
    stamp = ctx.clock()
    count = 0
    for week in view.plan.weeks:
        event = Event()
        event.add("uid", f"mlinterview-week-{week.start.isoformat()}")
        event.add("dtstamp", stamp)
        event.add("summary", f"mlinterview: {round(week.minutes / 60, 1)} h of practice")
        event.add("dtstart", week.start)
        event.add("dtend", min(week.start + timedelta(days=7), view.interview_date))
        event.add(
            "description", "\n".join(f"- {i.title or i.ref} ({round(i.minutes)} min)" for i in week.items)
        )
        cal.add_component(event)
        count += 1
    interview = Event()
    interview.add("uid", f"mlinterview-interview-{view.interview_date.isoformat()}")
    interview.add("dtstamp", stamp)
    interview.add("summary", f"Interview{' at ' + view.company if view.company else ''}")
    interview.add("dtstart", view.interview_date)
    interview.add("dtend", view.interview_date + timedelta(days=1))
    cal.add_component(interview)
    try:
        path.write_bytes(cal.to_ical())
    except OSError as exc:
        raise UserInputError(f"{path}: cannot write ({exc.strerror})") from None
    return count + 1
