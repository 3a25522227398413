"""Flashcard review like Anki: one card at a time, space reveals, 1-4 rates (FSRS schedules the
rest); undo the last rating, suspend, bury, flag, a note; new / learning / review counts that
follow every action without a reload."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse, Response

from mlinterview.catalog.cards import FlashCard
from mlinterview.errors import UserInputError
from mlinterview.services import cards, listing
from mlinterview.services import review as review_service
from mlinterview.services.context import Context
from mlinterview.services.journal import due_questions
from mlinterview.web.errors import error_response, not_found
from mlinterview.web.present import RATING_NAMES
from mlinterview.web.routes import context, page
from mlinterview.web.templating import render

router = APIRouter()


class RatingIn(BaseModel):
    card_id: str
    rating: int = Field(ge=1, le=4)
    duration_s: float | None = Field(default=None, ge=0, le=86400)
    track: str | None = None


class UndoIn(BaseModel):
    track: str | None = None


class MarkIn(BaseModel):
    card_id: str
    track: str | None = None
    suspended: bool | None = None
    buried: bool | None = None
    flagged: bool | None = None
    note: str | None = Field(default=None, max_length=review_service.MAX_NOTE_CHARS)


def until(due: datetime, now: datetime) -> str:
    seconds = max((due - now).total_seconds(), 0)
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = round(seconds / 86400)
    return f"{days} day{'s' if days != 1 else ''}"


def _card_view(ctx: Context, track: str | None, first: FlashCard | None = None) -> dict[str, Any]:
    queue = cards.review_queue(ctx, track)
    if first is not None and first in queue:
        queue.remove(first)
        queue.insert(0, first)
    card: FlashCard | None = queue[0] if queue else None
    previews: dict[int, str] = {}
    mark: dict[str, Any] = {}
    if card is not None:
        now = ctx.clock()
        previews = {r: until(due, now) for r, due in cards.rating_previews(ctx, card, now).items()}
        mark = dict(review_service.card_mark(ctx, card))
    return {
        "card": card,
        "remaining": len(queue),
        "counts": review_service.queue_counts(ctx, queue),
        "mark": mark,
        "previews": previews,
        "ratings": RATING_NAMES,
    }


def _tracks(ctx: Context, track: str | None) -> list[listing.Facet]:
    tracks = cards.card_tracks(ctx)
    if track is not None and track not in {t.value for t in tracks}:
        raise not_found(f"There is no card track called {track!r}.")
    return tracks


def _answer(
    ctx: Context, track: str | None, message: str, first: FlashCard | None = None, **extra: Any
) -> Response:
    view = _card_view(ctx, track, first)
    tracks = cards.card_tracks(ctx)
    counts = view["counts"]
    return JSONResponse(
        {
            "message": message,
            "remaining": view["remaining"],
            "counts": {"new": counts.new, "learning": counts.learning, "review": counts.review},
            "tracks": {t.value: t.count for t in tracks},
            "total": sum(t.count for t in tracks),
            "html": render("_card.html", track=track, **view),
            **extra,
        }
    )


def _card(ctx: Context, card_id: str) -> FlashCard:
    try:
        return cards.find_card(ctx, card_id)
    except UserInputError as exc:
        raise not_found(str(exc)) from None


@router.get("/review", name="review")
def review_page(request: Request, track: str | None = None) -> Response:
    ctx = context(request)
    track = track or None
    tracks = _tracks(ctx, track)
    view = _card_view(ctx, track)
    return page(
        request,
        "review.html",
        nav="review",
        tracks=tracks,
        track=track,
        total_waiting=sum(t.count for t in tracks),
        journal_due=due_questions(ctx),
        suspended=review_service.suspended_cards(ctx),
        **view,
    )


@router.post("/api/review/rate")
def rate(request: Request, body: RatingIn) -> Response:
    ctx = context(request)
    card = _card(ctx, body.card_id)
    result = review_service.rate_card(ctx, card, body.rating, duration_s=body.duration_s)
    name = RATING_NAMES[body.rating]
    message = f"{name}: back in {until(result.due, ctx.clock())}"
    return _answer(ctx, body.track or None, message, rated=name)


@router.post("/api/review/undo")
def undo(request: Request, body: UndoIn) -> Response:
    ctx = context(request)
    card = review_service.undo_last_card_rating(ctx)
    if card is None:
        return error_response(request.scope, 409, None, "There is no rating to undo.")
    return _answer(ctx, body.track or None, "Undone: the card is back as it was.", first=card)


@router.post("/api/review/mark")
def mark(request: Request, body: MarkIn) -> Response:
    ctx = context(request)
    card = _card(ctx, body.card_id)
    review_service.mark_card(
        ctx, card, suspended=body.suspended, buried=body.buried, flagged=body.flagged, note=body.note
    )
    if body.suspended:
        message = "Suspended: the card stays out of the queue until you unsuspend it."
    elif body.buried:
        message = "Buried until tomorrow."
    elif body.flagged is not None:
        message = "Flagged." if body.flagged else "Flag removed."
    else:
        message = "Note saved."
    # A suspended or buried card leaves the queue; otherwise the same card stays on screen.
    keep = None if body.suspended or body.buried else card
    return _answer(ctx, body.track or None, message, first=keep)
