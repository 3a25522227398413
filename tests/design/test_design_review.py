"""A graded design prompt comes back in the review queue like a solved problem, and its missed
rubric points become cards."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mlinterview.config import Config
from mlinterview.services.cards import find_card
from mlinterview.services.context import Context
from mlinterview.services.design import grade_answer
from mlinterview.services.review import card_queue, rate_card, today

CALIBRATION = Path(__file__).parent / "calibration" / "ads-click-through-prediction"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Context]:
    context = Context(Config.from_env({"MLINTERVIEW_HOME": str(tmp_path)}), clock=lambda: NOW)
    yield context
    context.close()


def test_missed_points_become_cards_and_the_prompt_comes_back(ctx: Context) -> None:
    prompt = ctx.catalog.design("ads-click-through-prediction")
    medium = (CALIBRATION / "medium.md").read_text()
    graded = grade_answer(ctx, prompt, medium, now=NOW)
    missed = graded.missed
    assert missed and graded.new_review_cards == [f"design.{prompt.slug}.{m}" for m in missed]

    queue = [c for c in card_queue(ctx, track="system-design", new_per_day=0, now=NOW)]
    design_cards = [c for c in queue if c.id.startswith("design.")]
    assert {c.id for c in design_cards} == set(graded.new_review_cards)
    card = design_cards[0]
    point = next(p for p in prompt.rubric if card.id.endswith("." + p.id))
    assert card.back == point.text and prompt.title in card.front
    assert find_card(ctx, card.id) == card
    rate_card(ctx, card, 4, now=NOW)  # easy: days away
    later = card_queue(ctx, track="system-design", new_per_day=0, now=NOW + timedelta(hours=1))
    assert card.id not in {c.id for c in later}

    # Grading again does not add the same cards twice.
    again = grade_answer(ctx, prompt, medium, now=NOW + timedelta(hours=1))
    assert again.new_review_cards == []

    # The prompt itself is due again later (rated Again for a low score) and shows in today's plan.
    item = ctx.store.review_item(f"design:{prompt.id}")
    assert item is not None and item["kind"] == "design"
    plan = today(ctx, now=item["due"] + timedelta(minutes=1))
    assert any(i.action == "design-restart" and i.ref == prompt.slug for i in plan.items)


def test_a_strong_answer_is_scheduled_further_out(ctx: Context) -> None:
    prompt = ctx.catalog.design("ads-click-through-prediction")
    grade_answer(ctx, prompt, (CALIBRATION / "strong.md").read_text(), now=NOW)
    strong_due = ctx.store.review_item(f"design:{prompt.id}")
    other = ctx.catalog.design("payment-fraud")
    grade_answer(ctx, other, (CALIBRATION.parent / "payment-fraud" / "weak.md").read_text(), now=NOW)
    weak_due = ctx.store.review_item(f"design:{other.id}")
    assert strong_due is not None and weak_due is not None
    assert strong_due["due"] > weak_due["due"] + timedelta(days=1)


def test_the_home_page_links_a_due_design(ctx: Context) -> None:
    from mlinterview.services.dashboard import today_plan

    prompt = ctx.catalog.design("payment-fraud")
    grade_answer(ctx, prompt, "", now=NOW - timedelta(days=3))
    items, _ = today_plan(ctx)
    design_items = [i for i in items if i.track == "design"]
    assert design_items and design_items[0].slug == "payment-fraud"
