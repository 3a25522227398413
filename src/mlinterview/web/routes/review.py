"""Flashcard review: one card at a time, space reveals, 1-4 rates (FSRS schedules the rest)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse, Response

from mlinterview.catalog.cards import FlashCard
from mlinterview.errors import UserInputError
from mlinterview.services import web_queries
from mlinterview.services.context import Context
from mlinterview.services.journal import due_questions
from mlinterview.services.review import rate_card
from mlinterview.web.errors import not_found
from mlinterview.web.present import RATING_NAMES
from mlinterview.web.routes import context, page
from mlinterview.web.templating import render

router = APIRouter()


class RatingIn(BaseModel):
    card_id: str
    rating: int = Field(ge=1, le=4)
    duration_s: float | None = Field(default=None, ge=0, le=86400)
    track: str | None = None


def until(due: datetime, now: datetime) -> str:
    seconds = max((due - now).total_seconds(), 0)
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = round(seconds / 86400)
    return f"{days} day{'s' if days != 1 else ''}"


def _card_view(ctx: Context, track: str | None) -> dict[str, Any]:
    queue = web_queries.review_queue(ctx, track)
    card: FlashCard | None = queue[0] if queue else None
    previews: dict[int, str] = {}
    if card is not None:
        now = ctx.clock()
        previews = {r: until(due, now) for r, due in web_queries.rating_previews(ctx, card, now).items()}
    return {"card": card, "remaining": len(queue), "previews": previews, "ratings": RATING_NAMES}


def _tracks(ctx: Context, track: str | None) -> list[web_queries.Facet]:
    tracks = web_queries.card_tracks(ctx)
    if track is not None and track not in {t.value for t in tracks}:
        raise not_found(f"There is no card track called {track!r}.")
    return tracks


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
        **view,
    )


@router.post("/api/review/rate")
def rate(request: Request, body: RatingIn) -> Response:
    ctx = context(request)
    track = body.track or None
    try:
        card = web_queries.find_card(ctx, body.card_id)
    except UserInputError as exc:
        raise not_found(str(exc)) from None
    result = rate_card(ctx, card, body.rating, duration_s=body.duration_s)
    view = _card_view(ctx, track)
    return JSONResponse(
        {
            "rated": RATING_NAMES[body.rating],
            "message": f"{RATING_NAMES[body.rating]}: back in {until(result.due, ctx.clock())}",
            "remaining": view["remaining"],
            "html": render("_card.html", track=track, **view),
        }
    )
