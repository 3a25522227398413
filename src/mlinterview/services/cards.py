"""The review page's card picking: which card to show next, when each rating would bring it back,
the card tracks with what waits in each, finding a card by id."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from mlinterview.catalog.cards import FlashCard
from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.services.listing import Facet
from mlinterview.wording import card_track_title


def find_card(ctx: Context, card_id: str) -> FlashCard:
    from mlinterview.services.design_review import design_cards

    for card in [*ctx.catalog.flashcards(), *design_cards(ctx)]:
        if card.id == card_id or card.item_id == card_id:
            return card
    raise UserInputError(f"no card called {card_id!r}")


def card_tracks(ctx: Context) -> list[Facet]:
    """Card tracks present in the decks, each with the number of cards waiting today."""
    from mlinterview.services.review import card_queue

    waiting = Counter(c.track for c in card_queue(ctx))
    present = dict.fromkeys(c.track for c in ctx.catalog.flashcards())
    return [Facet(t, card_track_title(t), waiting.get(t, 0)) for t in present]


def rating_previews(ctx: Context, card: FlashCard, now: datetime | None = None) -> dict[int, datetime]:
    """When the card would come back after each rating (1-4), without saving anything."""
    from mlinterview.srs import new_state, review

    now = now or ctx.clock()
    item = ctx.store.review_item(card.item_id)
    state = item["state_json"] if item else new_state(card.item_id, now)[0]
    return {rating: review("card", state, rating, now).due for rating in (1, 2, 3, 4)}


def review_queue(ctx: Context, track: str | None = None) -> list[FlashCard]:
    """``services.review.card_queue`` in the order to show one card at a time: cards due now,
    then new cards, then learning cards that are not due yet (shown early only when nothing else
    is left, so a card just rated does not come straight back)."""
    from mlinterview.services.review import card_queue

    now = ctx.clock()
    queue = card_queue(ctx, track=track, now=now)
    due = {i["item_id"]: i["due"] for i in ctx.store.review_items("card")}
    ahead = [c for c in queue if c.item_id in due and due[c.item_id] > now]
    early = {c.item_id for c in ahead}
    return [c for c in queue if c.item_id not in early] + ahead
