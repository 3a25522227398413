"""The study planner: a pure function from the learner's situation to weeks of work.

No I/O and no clock: :func:`build_plan` takes everything as :class:`PlanInputs` (today, the
interview date, the budget, the role, what is left in the catalog in roadmap order, what is
done, what is weak, the FSRS forecast) and returns :class:`Plan`. :func:`compare` holds a new
plan against the one first set and says, in sentences, what changed.

The rules, in the order they are applied to each week (weeks start on Mondays):

1. The budget: hours per week spread over the days that are not rest days; the last
   ``LIGHT_DAYS`` days before the interview count half; the interview day itself is free.
2. Review first: the forecast's minutes for the week's days (beyond the forecast, the average
   of its last week), capped by the budget.
3. Mocks only in the last two weeks; one that does not fit what is left gives way to the
   longest other kind that does.
4. New material with the rest: each track gets the role's share, items taken in order (weak
   items first) while they fit; what a share leaves unused goes to any track whose next item
   fits. No week goes over its budget.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from mlinterview.wording import plural

PLAN_TRACKS = ("dsa", "ml", "stats", "sql", "cards", "design", "behavioral", "libraries")
PLAN_KINDS = ("problem", "cards", "prompt", "story", "mock", "review")
ROLES = ("mle", "research", "data-science")
ROLE_WEIGHTS: dict[str, dict[str, float]] = {
    # An MLE loop leans on coding and ML system design.
    "mle": {"dsa": 0.30, "ml": 0.20, "design": 0.20, "cards": 0.10, "behavioral": 0.08,
            "stats": 0.04, "sql": 0.04, "libraries": 0.04},
    # Research: ML from scratch, the fundamentals behind it, and the maths.
    "research": {"ml": 0.35, "cards": 0.20, "stats": 0.15, "dsa": 0.15, "design": 0.05,
                 "behavioral": 0.05, "libraries": 0.05, "sql": 0.0},
    # Data science: SQL, statistics and product metrics (the cards), less algorithms.
    "data-science": {"sql": 0.25, "stats": 0.25, "cards": 0.15, "ml": 0.10, "dsa": 0.08,
                     "behavioral": 0.10, "design": 0.07, "libraries": 0.0},
}  # fmt: skip
ROLE_MOCKS = {
    "mle": ("coding", "design", "onsite"),
    "research": ("ml-coding", "ml-breadth", "onsite"),
    "data-science": ("sql-stats", "ml-breadth", "onsite"),
}
MOCK_TRACK = {
    "coding": "dsa",
    "ml-coding": "ml",
    "sql-stats": "sql",
    "ml-breadth": "cards",
    "design": "design",
    "behavioral": "behavioral",
    "onsite": "dsa",
}
LIGHT_DAYS = 3
TOLERANCE = 1.10  # a week may go this far over the hours given (it never does by construction)


@dataclass(frozen=True)
class PlanItem:
    track: str
    kind: str
    ref: str
    minutes: float
    title: str = ""
    done: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "track": self.track,
            "kind": self.kind,
            "ref": self.ref,
            "minutes": round(self.minutes),
            "title": self.title,
            "done": self.done,
        }


@dataclass
class Week:
    start: date
    capacity: float
    items: list[PlanItem] = field(default_factory=list)

    @property
    def minutes(self) -> float:
        return sum(i.minutes for i in self.items)


@dataclass(frozen=True)
class PlanInputs:
    today: date
    interview_date: date
    hours_per_week: float
    rest_days: frozenset[int]  # 0 = Monday
    role: str
    items: dict[str, list[PlanItem]]  # what is left per track, roadmap order
    catalog_sizes: dict[str, int]  # items per track in the catalog (0: the track is empty)
    done: frozenset[str] = frozenset()  # refs done (ticked where they are planned)
    weak: tuple[PlanItem, ...] = ()  # to practise again first
    review_minutes: tuple[float, ...] = ()  # forecast of review minutes, day 0 = today
    new_cards: int = 0
    card_minutes: float = 1.0  # a new card now and its first reviews
    mock_minutes: dict[str, float] = field(default_factory=dict)  # kinds that can be held


@dataclass
class Plan:
    weeks: list[Week]
    notes: list[str]
    unscheduled: list[PlanItem]


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_capacity(inputs: PlanInputs, start: date) -> float:
    """Minutes available in the week starting ``start`` (rest days, light last days)."""
    work_days = 7 - len(inputs.rest_days)
    per_day = inputs.hours_per_week * 60 / work_days
    total = 0.0
    for offset in range(7):
        day = start + timedelta(days=offset)
        if day < inputs.today or day >= inputs.interview_date or day.weekday() in inputs.rest_days:
            continue
        total += per_day * (0.5 if (inputs.interview_date - day).days <= LIGHT_DAYS else 1.0)
    return total


def _review_minutes(inputs: PlanInputs, start: date) -> float:
    forecast = inputs.review_minutes
    steady = sum(forecast[-7:]) / len(forecast[-7:]) if forecast else 0.0
    total = 0.0
    for offset in range(7):
        day = start + timedelta(days=offset)
        if day < inputs.today or day >= inputs.interview_date:
            continue
        index = (day - inputs.today).days
        total += forecast[index] if index < len(forecast) else steady
    return total


def _validate(inputs: PlanInputs) -> None:
    if inputs.interview_date <= inputs.today:
        raise ValueError(f"the interview date {inputs.interview_date} is not after today ({inputs.today})")
    if inputs.hours_per_week <= 0:
        raise ValueError("hours per week must be more than 0")
    if len(inputs.rest_days) >= 7:
        raise ValueError("every day is a rest day: leave at least one day to work")
    if inputs.role not in ROLE_WEIGHTS:
        raise ValueError(f"no role {inputs.role!r} (roles: {', '.join(ROLES)})")


def build_plan(inputs: PlanInputs) -> Plan:
    _validate(inputs)
    weights = ROLE_WEIGHTS[inputs.role]
    notes: list[str] = []
    for track in PLAN_TRACKS:
        if weights.get(track, 0) > 0 and track != "cards" and inputs.catalog_sizes.get(track, 0) == 0:
            notes.append(f"{track}: the catalog has no items for this track yet; its time goes to the others")
    queues = {t: list(items) for t, items in inputs.items.items()}
    for item in reversed(inputs.weak):  # weak items first, in the order given
        queues.setdefault(item.track, [])
        queues[item.track] = [item] + [i for i in queues[item.track] if i.ref != item.ref]
    cards_left = inputs.new_cards

    weeks: list[Week] = []
    start = monday(inputs.today)
    while start < inputs.interview_date:
        weeks.append(Week(start, week_capacity(inputs, start)))
        start += timedelta(days=7)

    mock_weeks = _mock_schedule(inputs, len(weeks))
    used_mocks: set[str] = set()
    for number, week in enumerate(weeks):
        left = week.capacity
        review = min(_review_minutes(inputs, week.start), left)
        if review >= 1:
            week.items.append(
                PlanItem("cards", "review", "review-queue", review, "Due reviews (FSRS forecast)")
            )
            left -= review
        for wanted in mock_weeks.get(number, ()):
            # the mock the role asks for, or else the longest other kind that still fits
            options = [wanted, *sorted(inputs.mock_minutes, key=lambda k: -inputs.mock_minutes[k])]
            kind = next((k for k in options if k not in used_mocks and inputs.mock_minutes[k] <= left), None)
            if kind is not None:
                minutes = inputs.mock_minutes[kind]
                week.items.append(
                    PlanItem(MOCK_TRACK[kind], "mock", f"mock:{kind}", minutes, f"Mock: {kind}")
                )
                used_mocks.add(kind)
                left -= minutes
        budget = left
        shares = {
            t: w for t, w in weights.items() if w > 0 and (queues.get(t) or (t == "cards" and cards_left))
        }
        total_weight = sum(shares.values()) or 1.0
        for track in sorted(shares, key=lambda t: -shares[t]):
            share = budget * shares[track] / total_weight
            if track == "cards":
                count = min(cards_left, int(share // inputs.card_minutes))
                if count:
                    minutes = count * inputs.card_minutes
                    week.items.append(PlanItem("cards", "cards", "new-cards", minutes, f"{count} new cards"))
                    cards_left -= count
                    left -= minutes
                continue
            queue = queues[track]
            while queue and queue[0].minutes <= min(share, left):
                item = queue.pop(0)
                week.items.append(item)
                share -= item.minutes
                left -= item.minutes
        for track in sorted(shares, key=lambda t: -shares[t]):  # what the shares left unused
            queue = queues.get(track, [])
            while queue and queue[0].minutes <= left:
                item = queue.pop(0)
                week.items.append(item)
                left -= item.minutes
        week.items = [replace(i, done=i.ref in inputs.done) for i in week.items]

    unscheduled = [i for t in PLAN_TRACKS for i in queues.get(t, [])]
    if unscheduled:
        minutes = sum(i.minutes for i in unscheduled)
        notes.append(
            f"{plural(len(unscheduled), 'item')} ({minutes / 60:.0f} h) do not fit before the interview; "
            f"about {_hours_to_fit(inputs, weeks, minutes):.0f} h/week would fit everything"
        )
    return Plan(weeks, notes, unscheduled)


def _mock_schedule(inputs: PlanInputs, count: int) -> dict[int, tuple[str, ...]]:
    """Mocks go in the last two weeks: one in the second-to-last, the rest in the last."""
    kinds = [k for k in ROLE_MOCKS[inputs.role] if k in inputs.mock_minutes]
    if not kinds or count == 0:
        return {}
    if count == 1:
        return {0: tuple(kinds[:2])}
    return {count - 2: tuple(kinds[:1]), count - 1: tuple(kinds[1:])}


def _hours_to_fit(inputs: PlanInputs, weeks: list[Week], extra_minutes: float) -> float:
    planned = sum(w.minutes for w in weeks)
    capacity = sum(w.capacity for w in weeks) or 1.0
    return inputs.hours_per_week * (planned + extra_minutes) / capacity


# -- what changed --------------------------------------------------------------------------------
def snapshot(plan: Plan) -> list[dict[str, object]]:
    """The plan as stored when it is set, to compare later plans against."""
    return [{"start": w.start.isoformat(), "items": [i.to_dict() for i in w.items]} for w in plan.weeks]


_LEARNING = ("problem", "prompt", "story")


def compare(baseline: Iterable[dict[str, object]], plan: Plan, today: date, done: Iterable[str]) -> list[str]:
    """Sentences saying how ``plan`` differs from the plan first set: behind, ahead, moved."""
    done_set = set(done)
    this_week = monday(today)
    past: list[dict[str, object]] = []
    future: list[dict[str, object]] = []
    past_weeks: set[str] = set()
    for week in baseline:
        start = date.fromisoformat(str(week["start"]))
        for item in week["items"]:  # type: ignore[attr-defined]
            if item["kind"] not in _LEARNING:
                continue
            if start < this_week:
                past.append(item)
                past_weeks.add(str(week["start"]))
            elif start > this_week:
                future.append(item)
    changes: list[str] = []
    missed = [i for i in past if i["ref"] not in done_set]
    if missed:
        behind_weeks = len(past_weeks) if len(missed) == len(past) else None
        minutes = sum(float(str(i["minutes"])) for i in missed)
        lead = f"{plural(behind_weeks, 'week')} behind" if behind_weeks else "Behind plan"
        weeks_left = len(plan.weeks)
        changes.append(
            f"{lead}: {plural(len(missed), 'item')} ({minutes / 60:.1f} h) planned before this week are not "
            f"done; the plan spreads them over the {plural(weeks_left, 'week')} left"
        )
        if plan.unscheduled:
            names = ", ".join(i.title or i.ref for i in plan.unscheduled[-3:])
            changes.append(
                f"{plural(len(plan.unscheduled), 'item')} from the end of the roadmap no longer fit "
                f"(the last: {names})"
            )
    early = [i for i in future if i["ref"] in done_set]
    if early:
        changes.append(
            f"Ahead of plan: {plural(len(early), 'item')} planned for later weeks are done; "
            "the next ones moved earlier"
        )
    return changes
