"""The story bank's queries (table ``stories``, migration 6), mixed into :class:`Store`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from mlinterview.store import tables as t

STORY_FIELDS = ("title", "situation", "task", "action", "result")


def _row(mapping: Any) -> dict[str, Any]:
    row = dict(mapping)
    row["competencies"] = json.loads(row.pop("competencies_json"))
    row["numbers"] = json.loads(row.pop("numbers_json"))
    for key in ("created_at", "updated_at"):
        if row[key] is not None and row[key].tzinfo is None:
            row[key] = row[key].replace(tzinfo=UTC)
    return row


def _values(story: dict[str, Any]) -> dict[str, Any]:
    values = {k: story[k] for k in STORY_FIELDS}
    values["competencies_json"] = json.dumps(list(story["competencies"]))
    values["numbers_json"] = json.dumps(list(story["numbers"]))
    return values


class StoryQueries:
    """Add, update, read and delete stories; rows come back as plain dicts with lists decoded."""

    engine: Engine

    def add_story(self, story: dict[str, Any], now: datetime) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(insert(t.stories).values(**_values(story), created_at=now, updated_at=now))
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def update_story(self, story_id: int, story: dict[str, Any], now: datetime) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                t.stories.update().where(t.stories.c.id == story_id).values(**_values(story), updated_at=now)
            )
            return bool(result.rowcount)

    def story(self, story_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.stories).where(t.stories.c.id == story_id)).first()
        return _row(row._mapping) if row else None

    def stories(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.stories).order_by(t.stories.c.id)).all()
        return [_row(r._mapping) for r in rows]

    def delete_review_item(self, item_id: str) -> None:
        """Drop an item from the review queue (its log goes with it: ON DELETE CASCADE)."""
        with self.engine.begin() as conn:
            conn.execute(t.review_log.delete().where(t.review_log.c.item_id == item_id))
            conn.execute(t.review_items.delete().where(t.review_items.c.item_id == item_id))

    def delete_story(self, story_id: int) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(t.stories.delete().where(t.stories.c.id == story_id))
            return bool(result.rowcount)
