"""The learner's hand on the review queue: undo, suspend, bury, flag, note, the new / learning /
review split, and the rule that an Accepted right after a failure is not Easy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mlinterview.config import Config
from mlinterview.judge.pool import WorkerPool
from mlinterview.services import practice
from mlinterview.services.context import Context
from mlinterview.services.review import (
    card_mark,
    card_queue,
    mark_card,
    queue_counts,
    rate_card,
    undo_last_card_rating,
)

TWO_SUM_DIR = Path(__file__).resolve().parents[2] / "src/mlinterview/content/dsa/two-sum"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clocked(home: Path) -> Iterator[tuple[Context, Clock]]:
    clock = Clock()
    context = Context(Config.from_env(), workers=1, clock=clock)
    yield context, clock
    context.close()


def test_undo_gives_a_new_card_back_as_new(clocked: tuple[Context, Clock]) -> None:
    ctx, _ = clocked
    card = card_queue(ctx, track="stats", limit=1)[0]
    before = queue_counts(ctx, card_queue(ctx))
    rate_card(ctx, card, 3)
    after = queue_counts(ctx, card_queue(ctx))
    assert (after.new, after.learning) == (before.new - 1, before.learning + 1)
    assert undo_last_card_rating(ctx) == card
    assert ctx.store.review_item(card.item_id) is None and ctx.store.review_logs() == []
    assert queue_counts(ctx, card_queue(ctx)) == before
    assert undo_last_card_rating(ctx) is None  # nothing left to undo


def test_undo_restores_the_earlier_schedule(clocked: tuple[Context, Clock]) -> None:
    ctx, clock = clocked
    card = card_queue(ctx, track="stats", limit=1)[0]
    rate_card(ctx, card, 3)
    clock.now += timedelta(minutes=30)
    first = ctx.store.review_item(card.item_id)
    assert first is not None
    rate_card(ctx, card, 1)
    assert undo_last_card_rating(ctx) == card
    restored = ctx.store.review_item(card.item_id)
    assert restored is not None
    assert (restored["state_json"], restored["due"]) == (first["state_json"], first["due"])
    assert len(ctx.store.review_logs()) == 1


def test_suspended_and_buried_cards_leave_the_queue(clocked: tuple[Context, Clock]) -> None:
    ctx, clock = clocked
    first, second = card_queue(ctx, track="stats", limit=2)
    mark_card(ctx, first, suspended=True)
    mark_card(ctx, second, buried=True)
    ids = [c.id for c in card_queue(ctx, track="stats")]
    assert first.id not in ids and second.id not in ids
    clock.now += timedelta(days=1)
    ids = [c.id for c in card_queue(ctx, track="stats")]
    assert second.id in ids and first.id not in ids  # burying lasts until tomorrow
    mark_card(ctx, first, suspended=False)
    assert first.id in [c.id for c in card_queue(ctx, track="stats")]


def test_flag_and_note_are_kept(clocked: tuple[Context, Clock]) -> None:
    ctx, _ = clocked
    card = card_queue(ctx, limit=1)[0]
    mark_card(ctx, card, flagged=True, note="Mixes up bias and variance")
    mark_card(ctx, card, suspended=False)
    mark = card_mark(ctx, card)
    assert mark["flag"] == 1 and mark["note"] == "Mixes up bias and variance"


def test_an_accepted_right_after_a_failed_submission_is_not_easy(home: Path, pool: WorkerPool) -> None:
    clock = Clock()
    ctx = Context(Config.from_env(), workers=1, clock=clock)
    ctx._pool = pool
    try:
        problem = ctx.catalog.get("two-sum")
        ctx.store.start_session(problem.id, clock.now)
        clock.now += timedelta(minutes=1)  # far quicker than the usual time: Easy if first try
        wrong = (TWO_SUM_DIR / "wrong" / "reuses-same-element.py").read_text()
        right = (TWO_SUM_DIR / "solution.py").read_text()
        assert practice.submit(ctx, problem, wrong, complexity=False).review_rating is None
        assert practice.submit(ctx, problem, right, complexity=False).review_rating == 3  # Good

        other = ctx.catalog.get("contains-duplicate")
        ctx.store.start_session(other.id, clock.now)
        code = (other.path / "solution.py").read_text()
        assert practice.submit(ctx, other, code, complexity=False).review_rating == 4  # Easy
    finally:
        ctx._pool = None
        ctx.close()
