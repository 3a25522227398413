"""The review queue across cards and problems, with an injected clock."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mlinterview.config import Config
from mlinterview.errors import UserInputError
from mlinterview.judge.verdicts import Report, Verdict
from mlinterview.services.context import Context
from mlinterview.services.export import export_anki
from mlinterview.services.review import card_queue, rate_card, schedule_problem, stats, today


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clocked(home: Path) -> tuple[Context, Clock]:
    clock = Clock()
    context = Context(Config.from_env(), workers=1, clock=clock)
    yield context, clock
    context.close()


ACCEPTED = Report(Verdict.ACCEPTED, 3, 3)
FAILED = Report(Verdict.WRONG_ANSWER, 1, 3)


def test_new_cards_are_limited_per_day_and_spread_over_decks(clocked: tuple[Context, Clock]) -> None:
    ctx, clock = clocked
    queue = card_queue(ctx, new_per_day=10)
    assert len(queue) == 10
    assert len({c.deck for c in queue}) >= 5
    for card in queue[:4]:
        rate_card(ctx, card, 3)
    assert len(card_queue(ctx, new_per_day=10)) == 10  # 4 learning cards due within minutes + 6 new
    clock.now += timedelta(days=1)
    assert len([c for c in card_queue(ctx, new_per_day=10) if c.id in {q.id for q in queue[:4]}]) == 4


def test_card_rated_again_comes_back_in_the_same_session(clocked: tuple[Context, Clock]) -> None:
    ctx, _ = clocked
    card = card_queue(ctx, track="stats", limit=1)[0]
    rate_card(ctx, card, 1)
    assert card.id in [c.id for c in card_queue(ctx, track="stats", new_per_day=0)]


def test_a_problem_enters_the_queue_when_first_solved(clocked: tuple[Context, Clock]) -> None:
    ctx, clock = clocked
    problem = ctx.catalog.get("two-sum")
    assert schedule_problem(ctx, problem, FAILED, hints_used=0) is None
    assert schedule_problem(ctx, problem, ACCEPTED, hints_used=0, time_spent_s=1800) == 3
    # Not due: practising again changes nothing.
    assert schedule_problem(ctx, problem, ACCEPTED, hints_used=0) is None
    item = ctx.store.review_item(f"problem:{problem.id}")
    assert item is not None and item["due"] > clock.now
    clock.now = item["due"] + timedelta(hours=1)
    assert any("Two Sum" in i.title for i in today(ctx).items if i.kind == "resolve")
    assert schedule_problem(ctx, problem, FAILED, hints_used=0) == 1  # failed re-solve: Again


def test_outcome_ratings_hints_and_speed(clocked: tuple[Context, Clock]) -> None:
    ctx, _ = clocked
    easy, hard, override = (
        ctx.catalog.get(s) for s in ("valid-parentheses", "reverse-linked-list", "two-sum")
    )
    assert schedule_problem(ctx, easy, ACCEPTED, hints_used=0, time_spent_s=60) == 4
    assert schedule_problem(ctx, hard, ACCEPTED, hints_used=2, time_spent_s=60) == 2
    assert schedule_problem(ctx, override, ACCEPTED, hints_used=0, override=1) == 1


def test_today_orders_and_estimates(clocked: tuple[Context, Clock]) -> None:
    ctx, _ = clocked
    plan = today(ctx)
    kinds = [i.kind for i in plan.items]
    assert "cards" in kinds and "new-problem" in kinds
    assert kinds.index("cards") < kinds.index("new-problem")
    assert plan.minutes > 0


def test_stats_forecast_and_retention(clocked: tuple[Context, Clock]) -> None:
    ctx, _ = clocked
    for card, rating in zip(card_queue(ctx, limit=4), (1, 3, 3, 4), strict=True):
        rate_card(ctx, card, rating)
    s = stats(ctx)
    assert s.cards_seen == 4 and s.reviews_30d == 4
    assert s.retention_30d == pytest.approx(0.75)
    assert sum(s.forecast) == 4 and s.forecast[0] >= 1


def test_anki_export_writes_every_card(clocked: tuple[Context, Clock], tmp_path: Path) -> None:
    ctx, _ = clocked
    target = tmp_path / "cards.apkg"
    count, decks = export_anki(ctx, target, track="stats")
    assert count == len([c for c in ctx.catalog.flashcards() if c.track == "stats"]) and decks >= 1
    with zipfile.ZipFile(target) as apkg:
        assert "collection.anki2" in apkg.namelist()
    with pytest.raises(UserInputError, match=r"\.apkg"):
        export_anki(ctx, tmp_path / "cards.zip")


def test_anki_export_hands_card_math_to_anki_mathjax(clocked: tuple[Context, Clock], tmp_path: Path) -> None:
    import sqlite3

    ctx, _ = clocked
    card = next(c for c in ctx.catalog.flashcards() if c.id == "tf-idf")
    assert "$" in card.back
    target = tmp_path / "fundamentals.apkg"
    export_anki(ctx, target, track=card.track)
    with zipfile.ZipFile(target) as apkg:
        apkg.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        fields = [row[0] for row in db.execute("select flds from notes") if row[0].endswith("\x1ftf-idf")]
    assert len(fields) == 1
    back = fields[0].split("\x1f")[1]
    assert r"\(\mathrm{idf}(t) = \ln(N / \mathrm{df}(t))\)" in back and "$" not in back
