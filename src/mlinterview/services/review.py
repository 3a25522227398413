"""One review queue for everything: cards, and problems to re-solve.

Cards are rated by the learner, who may also take the last rating back, suspend a card, bury it
until tomorrow, flag it or keep a note on it. A problem enters the queue when it is first
accepted and is rated by the outcome of the next submission once it is due: accepted quickly at
the first try with no hints is Easy (an Accepted right after a failed submission is not),
accepted is Good, accepted with hints is Hard, failed is Again. The learner may override
any rating (``mli submit --rate``). Submissions of a problem that is not due change nothing, so
practising again the same day does not inflate its interval.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from mlinterview.catalog import Problem
from mlinterview.catalog.cards import FlashCard
from mlinterview.judge.verdicts import Report
from mlinterview.services.context import Context
from mlinterview.srs import RATINGS, Reviewed, new_state, retrievability, review
from mlinterview.wording import card_track_title, plural, track_title

NEW_CARDS_PER_DAY = 20
MAX_NOTE_CHARS = 4000
LEARN_AHEAD = timedelta(minutes=20)  # learning steps due this soon are shown in the same session
CARD_SECONDS = 20.0
PROBLEM_MINUTES = {"easy": 10.0, "medium": 20.0, "hard": 35.0}
STORY_MINUTES = 3.0
QUICK_SOLVE_FRACTION = 0.5  # accepted in under half the usual time, first try, no hints: Easy


def _start_of_day(now: datetime) -> datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


# -- cards ---------------------------------------------------------------------------------------
def card_queue(
    ctx: Context,
    *,
    track: str | None = None,
    limit: int | None = None,
    new_per_day: int = NEW_CARDS_PER_DAY,
    now: datetime | None = None,
) -> list[FlashCard]:
    """Due cards (oldest first), then new cards up to today's allowance, round-robin over decks."""
    now = now or ctx.clock()
    from mlinterview.services.design_review import design_cards

    hidden = _hidden_cards(ctx, now)
    every = [*ctx.catalog.flashcards(), *design_cards(ctx)]  # missed design points are cards too
    cards = {c.item_id: c for c in every if (track is None or c.track == track) and c.item_id not in hidden}
    known = {item["item_id"]: item for item in ctx.store.review_items("card")}
    due = [
        cards[i["item_id"]] for i in known.values() if i["item_id"] in cards and i["due"] <= now + LEARN_AHEAD
    ]
    due.sort(key=lambda c: known[c.item_id]["due"])
    allowance = max(0, new_per_day - ctx.store.items_created_since("card", _start_of_day(now)))
    decks: dict[str, list[FlashCard]] = {}
    for card in cards.values():
        if card.item_id not in known:
            decks.setdefault(card.deck, []).append(card)
    fresh: list[FlashCard] = []
    while len(fresh) < allowance and any(decks.values()):
        for deck in list(decks):
            if decks[deck] and len(fresh) < allowance:
                fresh.append(decks[deck].pop(0))
    queue = due + fresh
    return queue[:limit] if limit else queue


def rate_card(
    ctx: Context,
    card: FlashCard,
    rating: int,
    *,
    duration_s: float | None = None,
    now: datetime | None = None,
) -> Reviewed:
    now = now or ctx.clock()
    item = ctx.store.review_item(card.item_id)
    state = item["state_json"] if item else new_state(card.item_id, now)[0]
    result = _record(ctx, "card", card.item_id, card.track, state, rating, now, duration_s)
    ctx.store.remember_undo(card.item_id, item["state_json"] if item else None, item["due"] if item else None)
    return result


def schedule_item(
    ctx: Context,
    kind: str,
    item_id: str,
    track: str,
    rating: int,
    *,
    now: datetime | None = None,
    duration_s: float | None = None,
) -> Reviewed:
    """Rate any item of the queue (a story, ...): it enters on its first rating."""
    now = now or ctx.clock()
    item = ctx.store.review_item(item_id)
    state = item["state_json"] if item else new_state(item_id, now)[0]
    return _record(ctx, kind, item_id, track, state, rating, now, duration_s)


def _record(
    ctx: Context,
    kind: str,
    item_id: str,
    track: str,
    state: str,
    rating: int,
    now: datetime,
    duration_s: float | None,
) -> Reviewed:
    """Schedule one review and store the new state with its log entry."""
    result = review(kind, state, rating, now, duration_s)
    ctx.store.save_review(
        item_id=item_id,
        kind=kind,
        track=track,
        state_json=result.state_json,
        due=result.due,
        rating=rating,
        reviewed_at=now,
        duration_s=duration_s,
        log_json=result.log_json,
    )
    return result


# -- problems ------------------------------------------------------------------------------------
def rating_from_outcome(
    report: Report,
    hints_used: int,
    time_spent_s: float | None,
    difficulty: str,
    *,
    failed_before: bool = False,
) -> int:
    """Failed: Again. Accepted with hints: Hard. Accepted quickly at the first try (the
    submission before it, if any, was accepted too) with no hints: Easy. Otherwise Good."""
    if not report.is_accepted:
        return RATINGS["again"]
    if hints_used:
        return RATINGS["hard"]
    usual_s = PROBLEM_MINUTES.get(difficulty, 20.0) * 60
    is_quick = time_spent_s is not None and time_spent_s < usual_s * QUICK_SOLVE_FRACTION
    if is_quick and not failed_before:
        return RATINGS["easy"]
    return RATINGS["good"]


def schedule_problem(
    ctx: Context,
    problem: Problem,
    report: Report,
    hints_used: int,
    time_spent_s: float | None = None,
    *,
    override: int | None = None,
    failed_before: bool = False,
    now: datetime | None = None,
) -> int | None:
    """Rate a problem's re-solve after a submission; returns the rating applied, or None.
    ``failed_before``: the submission just before this one failed (no Easy then)."""
    now = now or ctx.clock()
    item_id = f"problem:{problem.id}"
    item = ctx.store.review_item(item_id)
    if item is None:
        if not report.is_accepted and override is None:
            return None  # still being learned: it enters the queue once solved
        state = new_state(item_id, now)[0]
    elif item["due"] > now and override is None:
        return None
    else:
        state = item["state_json"]
    rating = override or rating_from_outcome(
        report, hints_used, time_spent_s, problem.difficulty, failed_before=failed_before
    )
    _record(ctx, "problem", item_id, problem.track, state, rating, now, time_spent_s)
    return rating


def due_problems(ctx: Context, now: datetime | None = None) -> list[tuple[Problem, datetime]]:
    now = now or ctx.clock()
    by_id = {p.id: p for p in ctx.catalog.problems()}
    out = []
    for item in ctx.store.review_items("problem", due_before=now):
        problem = by_id.get(item["item_id"].removeprefix("problem:"))
        if problem is not None:
            out.append((problem, item["due"]))
    return out


# -- today and statistics ------------------------------------------------------------------------
@dataclass
class TodayItem:
    """One thing to do today. ``action`` and ``ref`` say what it opens, for each interface to
    render its own way (a command, a link): start / restart a problem (``ref`` its slug),
    design-restart a prompt (slug), story (a story id), cards (a card track), journal (a journal
    item id), mock (``mock:KIND``), show (a prompt slug or a question id)."""

    kind: str  # resolve | story | cards | new-problem | journal | mock | new-prompt | new-story
    title: str
    minutes: float
    track: str = ""
    ref: str = ""  # what the item is about: a problem slug, a card track, a journal item id
    action: str = ""

    @property
    def opens(self) -> str | None:
        """The problem or design prompt the item opens, if it opens one."""
        if self.action in ("start", "restart", "design-restart") or (
            self.action == "show" and self.track == "design"
        ):
            return self.ref
        return None


@dataclass
class Today:
    items: list[TodayItem] = field(default_factory=list)

    @property
    def minutes(self) -> float:
        return sum(i.minutes for i in self.items)


def today(ctx: Context, now: datetime | None = None) -> Today:
    """What is due across all tracks: re-solves first (oldest due), then cards by track, then
    the next new problem of the roadmap."""
    from mlinterview.services.listing import unsolved_in_study_order

    now = now or ctx.clock()
    plan = Today()
    seconds_per_card = _average_card_seconds(ctx) or CARD_SECONDS
    for problem, due in due_problems(ctx, now):
        overdue = (now - due).days
        late = f", {plural(overdue, 'day')} overdue" if overdue >= 1 else ""
        plan.items.append(
            TodayItem(
                "resolve",
                f"Re-solve {problem.title} ({track_title(problem.track)}, {problem.difficulty}{late})",
                PROBLEM_MINUTES.get(problem.difficulty, 20.0),
                problem.track,
                problem.slug,
                "restart",
            )
        )
    from mlinterview.services.design_review import due_designs

    for prompt, _due in due_designs(ctx, now):
        plan.items.append(
            TodayItem(
                "resolve",
                f"Redo the design {prompt.title} (design, {prompt.difficulty})",
                float(prompt.minutes),
                "design",
                prompt.slug,
                "design-restart",
            )
        )
    from mlinterview.services.stories import due_stories

    for story, _ in due_stories(ctx, now):
        plan.items.append(
            TodayItem(
                "story",
                f"Retell your story: {story.title}",
                STORY_MINUTES,
                "behavioral",
                str(story.id),
                "story",
            )
        )
    queue = card_queue(ctx, now=now)
    for track, count in Counter(c.track for c in queue).items():
        plan.items.append(
            TodayItem(
                "cards",
                f"{plural(count, card_track_title(track) + ' card')}",
                count * seconds_per_card / 60,
                track,
                track,
                "cards",
            )
        )
    from mlinterview.services.loop_today import journal_items, planned_items

    plan.items += journal_items(ctx, now)
    planned = planned_items(ctx)
    if planned is not None:  # a plan is set: its open items for this week are the new work
        plan.items += planned
        return plan
    for track, pending in unsolved_in_study_order(ctx).items():
        if pending:
            p = pending[0]
            plan.items.append(
                TodayItem(
                    "new-problem",
                    f"New: {p.title} ({track_title(track)}, {p.difficulty})",
                    PROBLEM_MINUTES.get(p.difficulty, 20.0),
                    track,
                    p.slug,
                    "start",
                )
            )
            if track == "dsa":
                continue
        if len([i for i in plan.items if i.kind == "new-problem"]) >= 2:
            break
    return plan


def _average_card_seconds(ctx: Context) -> float | None:
    durations = [r["duration_s"] for r in ctx.store.review_logs() if r["kind"] == "card" and r["duration_s"]]
    durations = [min(d, 120.0) for d in durations[-200:]]
    return sum(durations) / len(durations) if len(durations) >= 5 else None


@dataclass
class ReviewStats:
    cards_total: int
    cards_seen: int
    due_now: int
    reviews_30d: int
    retention_30d: float | None  # share of the last 30 days' reviews not rated Again
    forecast: list[int]  # items due on each of the next 30 days (day 0 = today, overdue included)
    average_retrievability: float | None


def stats(ctx: Context, now: datetime | None = None) -> ReviewStats:
    now = now or ctx.clock()
    items = ctx.store.review_items()
    logs = ctx.store.review_logs(since=now - timedelta(days=30))
    retention = (sum(r["rating"] > 1 for r in logs) / len(logs)) if logs else None
    forecast = [0] * 30
    start = _start_of_day(now)
    for item in items:
        day = max(0, (item["due"] - start).days)
        if day < 30:
            forecast[day] += 1
    recalls = [retrievability(i["kind"], i["state_json"], now) for i in items if i["due"] is not None]
    return ReviewStats(
        cards_total=len(ctx.catalog.flashcards()),
        cards_seen=sum(i["kind"] == "card" for i in items),
        due_now=sum(i["due"] <= now for i in items),
        reviews_30d=len(logs),
        retention_30d=retention,
        forecast=forecast,
        average_retrievability=(sum(recalls) / len(recalls)) if recalls else None,
    )


# -- the learner's hand on cards: undo, suspend, bury, flag, note -------------------------------
@dataclass
class QueueCounts:
    """Today's card queue split the way Anki shows it."""

    new: int  # never seen
    learning: int  # in (re)learning steps
    review: int  # graduated cards due again

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


def queue_counts(ctx: Context, queue: list[FlashCard]) -> QueueCounts:
    states = {i["item_id"]: i["state_json"] for i in ctx.store.review_items("card")}
    counts = Counter(_card_phase(states.get(c.item_id)) for c in queue)
    return QueueCounts(counts["new"], counts["learning"], counts["review"])


def _card_phase(state_json: str | None) -> str:
    if state_json is None:
        return "new"
    state = json.loads(state_json).get("state")
    return "review" if state == 2 else "learning"  # fsrs State: 1 learning, 2 review, 3 relearning


def undo_last_card_rating(ctx: Context) -> FlashCard | None:
    """Take back the newest card rating; returns that card (to show again), or None."""
    item_id = ctx.store.undo_last_review("card")
    if item_id is None:
        return None
    return next((c for c in ctx.catalog.flashcards() if c.item_id == item_id), None)


def mark_card(
    ctx: Context,
    card: FlashCard,
    *,
    suspended: bool | None = None,
    buried: bool | None = None,
    flagged: bool | None = None,
    note: str | None = None,
    now: datetime | None = None,
) -> None:
    """Suspend (out of the queue until unsuspended), bury (out until tomorrow), flag, or keep a
    note on a card. Arguments left None keep their value."""
    now = now or ctx.clock()
    values: dict[str, object] = {}
    if suspended is not None:
        values["suspended"] = int(suspended)
    if buried is not None:
        values["buried_until"] = _start_of_day(now) + timedelta(days=1) if buried else None
    if flagged is not None:
        values["flag"] = int(flagged)
    if note is not None:
        values["note"] = note[:MAX_NOTE_CHARS]
    ctx.store.set_card_mark(card.item_id, now, **values)


def card_mark(ctx: Context, card: FlashCard) -> dict[str, object]:
    default = {"suspended": False, "buried_until": None, "flag": 0, "note": ""}
    return ctx.store.card_marks().get(card.item_id, default)


def _hidden_cards(ctx: Context, now: datetime) -> set[str]:
    return {
        item_id
        for item_id, mark in ctx.store.card_marks().items()
        if mark["suspended"] or (mark["buried_until"] is not None and mark["buried_until"] > now)
    }


def suspended_cards(ctx: Context) -> list[FlashCard]:
    marks = ctx.store.card_marks()
    return [c for c in ctx.catalog.flashcards() if marks.get(c.item_id, {}).get("suspended")]
