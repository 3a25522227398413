"""Design prompts in the review queue.

- A graded prompt comes back like a solved problem (item ``design:<prompt id>``, kind
  ``design``): it enters the queue at its first grade, and once due, the next grade rates it
  (score >= 0.8 Easy, >= 0.6 Good, >= 0.4 Hard, below Again). Grades before it is due change
  nothing.
- Each missed rubric point becomes a card (item ``card:design.<slug>.<point id>``, kind ``card``):
  the front asks what a strong answer says at that stage, the back is the point's text. It joins
  the card queue due now and is rated like any card.
"""

from __future__ import annotations

from datetime import datetime

from mlinterview.catalog.cards import FlashCard
from mlinterview.catalog.design import STAGE_TITLES, DesignPrompt
from mlinterview.judge.design_grader import Grade
from mlinterview.services.context import Context
from mlinterview.srs import RATINGS, new_state

CARD_TRACK = "system-design"
DESIGN_KIND = "design"
CARD_PREFIX = "design."


def rating_from_score(score: float) -> int:
    if score >= 0.8:
        return RATINGS["easy"]
    if score >= 0.6:
        return RATINGS["good"]
    if score >= 0.4:
        return RATINGS["hard"]
    return RATINGS["again"]


def point_card(prompt: DesignPrompt, point_id: str) -> FlashCard:
    point = next(p for p in prompt.rubric if p.id == point_id)
    return FlashCard(
        id=f"{CARD_PREFIX}{prompt.slug}.{point.id}",
        deck=f"design-{prompt.slug}",
        deck_title=f"Design: {prompt.title}",
        track=CARD_TRACK,
        front=f"{prompt.title} — {STAGE_TITLES[point.stage].lower()}: what does a strong answer state "
        f"that yours missed ({point.id.replace('-', ' ')})?",
        back=point.text,
        tags=("design", point.stage),
    )


def schedule_after_grade(ctx: Context, prompt: DesignPrompt, result: Grade, now: datetime) -> list[str]:
    """Schedule the prompt and add a card per missed point; returns the new cards' ids."""
    from mlinterview.services.review import _record
    from mlinterview.store.design import DesignStore

    item_id = f"design:{prompt.id}"
    item = ctx.store.review_item(item_id)
    if item is None or item["due"] <= now:
        state = item["state_json"] if item else new_state(item_id, now)[0]
        _record(ctx, DESIGN_KIND, item_id, CARD_TRACK, state, rating_from_score(result.score), now, None)
    store = DesignStore(ctx.store.engine)
    added = []
    for point in result.points:
        if point.covered:
            continue
        card = point_card(prompt, point.id)
        if store.add_review_item(
            item_id=card.item_id,
            kind="card",
            track=CARD_TRACK,
            state_json=new_state(card.item_id, now)[0],
            now=now,
        ):
            added.append(card.id)
    return added


def design_cards(ctx: Context) -> list[FlashCard]:
    """The cards made from missed rubric points that are in the learner's queue."""
    prompts = {p.slug: p for p in ctx.catalog.design_prompts()}
    cards = []
    for item in ctx.store.review_items("card"):
        card_id = item["item_id"].removeprefix("card:")
        if not card_id.startswith(CARD_PREFIX):
            continue
        slug, _, point_id = card_id.removeprefix(CARD_PREFIX).rpartition(".")
        prompt = prompts.get(slug)
        if prompt is not None and any(p.id == point_id for p in prompt.rubric):
            cards.append(point_card(prompt, point_id))
    return cards


def due_designs(ctx: Context, now: datetime | None = None) -> list[tuple[DesignPrompt, datetime]]:
    now = now or ctx.clock()
    by_id = {p.id: p for p in ctx.catalog.design_prompts()}
    out = []
    for item in ctx.store.review_items(DESIGN_KIND, due_before=now):
        prompt = by_id.get(item["item_id"].removeprefix("design:"))
        if prompt is not None:
            out.append((prompt, item["due"]))
    return out
