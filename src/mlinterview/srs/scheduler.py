"""FSRS scheduling for cards and problems (see the package docstring)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from fsrs import Card, Rating, Scheduler

RATINGS = {"again": 1, "hard": 2, "good": 3, "easy": 4}
_SCHEDULERS = {
    "card": Scheduler(desired_retention=0.9, enable_fuzzing=False),
    "problem": Scheduler(desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False),
    # a story is retold in days, like a problem is re-solved
    "story": Scheduler(desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False),
    # an interview question the learner struggled with: answered again in days, like a problem
    "journal": Scheduler(desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False),
}
_SCHEDULERS["design"] = _SCHEDULERS["problem"]  # a design prompt comes back like a problem to re-solve


@dataclass(frozen=True)
class Reviewed:
    state_json: str
    due: datetime
    log_json: str


def _scheduler(kind: str) -> Scheduler:
    try:
        return _SCHEDULERS[kind]
    except KeyError:
        raise ValueError(f"unknown review item kind {kind!r}") from None


def card_number(item_id: str) -> int:
    """A stable integer id for FSRS (it wants ints; ours are strings)."""
    return int(hashlib.sha256(item_id.encode()).hexdigest()[:12], 16)


def _check_aware(now: datetime) -> None:
    if now.tzinfo is None:
        raise ValueError("review times must be timezone-aware (UTC)")


def new_state(item_id: str, now: datetime) -> tuple[str, datetime]:
    """The state of an item never reviewed: due now."""
    _check_aware(now)
    card = Card(card_id=card_number(item_id), due=now)
    return card.to_json(), now


def review(
    kind: str, state_json: str, rating: int, now: datetime, duration_s: float | None = None
) -> Reviewed:
    _check_aware(now)
    if rating not in (1, 2, 3, 4):
        raise ValueError("rating must be 1 (again), 2 (hard), 3 (good) or 4 (easy)")
    card = Card.from_json(state_json)
    duration = int(duration_s * 1000) if duration_s is not None else None
    card, log = _scheduler(kind).review_card(
        card, Rating(rating), review_datetime=now, review_duration=duration
    )
    return Reviewed(card.to_json(), card.due, log.to_json())


def retrievability(kind: str, state_json: str, now: datetime) -> float:
    _check_aware(now)
    return float(_scheduler(kind).get_card_retrievability(Card.from_json(state_json), current_datetime=now))
