"""What the interview loop adds to ``mli today``: journal questions due for review, and, when a
plan is set, this week's open plan items in place of the roadmap's next problems."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from mlinterview.services.context import Context

if TYPE_CHECKING:
    from mlinterview.services.review import TodayItem

PLANNED_PER_DAY = 3  # open plan items shown per day
KIND_NAMES = {"problem": "new-problem", "prompt": "new-prompt", "story": "new-story", "mock": "mock"}


def journal_items(ctx: Context, now: datetime) -> list[TodayItem]:
    from mlinterview.services.journal import due_questions
    from mlinterview.services.review import TodayItem

    return [
        TodayItem("journal", q.title, q.minutes, q.track, q.item_id, "journal")
        for q in due_questions(ctx, now)
    ]


def planned_items(ctx: Context) -> list[TodayItem] | None:
    from mlinterview.services.plan import today_items
    from mlinterview.services.review import TodayItem

    planned = today_items(ctx)
    if planned is None:
        return None
    out = []
    for item in planned[:PLANNED_PER_DAY]:
        action = {"mock": "mock", "problem": "start"}.get(item.kind, "show")
        out.append(
            TodayItem(
                KIND_NAMES[item.kind], f"Plan: {item.title}", item.minutes, item.track, item.ref, action
            )
        )
    return out


def today_json(items: list[Any]) -> dict[str, Any]:
    """``mli today --json``: ``{"items": [{"kind", "track", "ref", "title", "minutes"}]}``."""
    return {
        "items": [
            {"kind": i.kind, "track": i.track, "ref": i.ref, "title": i.title, "minutes": round(i.minutes)}
            for i in items
        ]
    }
