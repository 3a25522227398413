"""Card marks (suspended, buried, flagged, a note) and the undo record of card ratings, mixed
into :class:`~mlinterview.store.db.Store`. Tables: ``card_marks`` and ``review_undo``
(migration 3)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from mlinterview.store import tables as t

MARK_FIELDS = ("suspended", "buried_until", "flag", "note")


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


class CardMarkQueries:
    engine: Engine

    # -- marks ---------------------------------------------------------------------------------
    def card_marks(self) -> dict[str, dict[str, Any]]:
        """Every marked card: item id → {suspended, buried_until, flag, note}."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.card_marks)).all()
        out = {}
        for row in rows:
            mark = dict(row._mapping)
            mark["buried_until"] = _aware(mark["buried_until"])
            mark["suspended"] = bool(mark["suspended"])
            out[mark.pop("item_id")] = mark
        return out

    def set_card_mark(self, item_id: str, now: datetime, **values: Any) -> None:
        """Change some of a card's marks (the others keep their value)."""
        unknown = set(values) - set(MARK_FIELDS)
        if unknown:
            raise ValueError(f"unknown card marks: {', '.join(sorted(unknown))}")
        with self.engine.begin() as conn:
            exists = conn.execute(
                select(t.card_marks.c.item_id).where(t.card_marks.c.item_id == item_id)
            ).first()
            if exists:
                conn.execute(
                    t.card_marks.update()
                    .where(t.card_marks.c.item_id == item_id)
                    .values(updated_at=now, **values)
                )
            else:
                row = {"suspended": 0, "buried_until": None, "flag": 0, "note": "", **values}
                conn.execute(insert(t.card_marks).values(item_id=item_id, updated_at=now, **row))

    # -- undo ------------------------------------------------------------------------------------
    def remember_undo(self, item_id: str, prev_state_json: str | None, prev_due: datetime | None) -> None:
        """Record what the item was before its newest review-log entry."""
        with self.engine.begin() as conn:
            log_id = conn.execute(
                select(t.review_log.c.id)
                .where(t.review_log.c.item_id == item_id)
                .order_by(t.review_log.c.id.desc())
                .limit(1)
            ).scalar()
            if log_id is not None:
                conn.execute(
                    insert(t.review_undo).values(
                        log_id=log_id, item_id=item_id, prev_state_json=prev_state_json, prev_due=prev_due
                    )
                )

    def undo_last_review(self, kind: str) -> str | None:
        """Take back the newest undoable rating of an item of ``kind``: the item gets its earlier
        state back (or is forgotten, if it was new) and the log entry goes. Returns the item id,
        or None when there is nothing to undo."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(t.review_undo, t.review_log.c.id.label("log"))
                .join(t.review_log, t.review_log.c.id == t.review_undo.c.log_id)
                .join(t.review_items, t.review_items.c.item_id == t.review_undo.c.item_id)
                .where(t.review_items.c.kind == kind)
                .order_by(t.review_log.c.id.desc())
                .limit(1)
            ).first()
            if row is None:
                return None
            item_id = str(row.item_id)
            newer = conn.execute(
                select(t.review_log.c.id).where(
                    t.review_log.c.item_id == item_id, t.review_log.c.id > row.log
                )
            ).first()
            if newer is not None:  # rated again since, without an undo record: leave it
                return None
            if row.prev_state_json is None:
                conn.execute(delete(t.review_items).where(t.review_items.c.item_id == item_id))
            else:
                conn.execute(
                    t.review_items.update()
                    .where(t.review_items.c.item_id == item_id)
                    .values(state_json=row.prev_state_json, due=row.prev_due)
                )
            conn.execute(delete(t.review_log).where(t.review_log.c.id == row.log))
            conn.execute(delete(t.review_undo).where(t.review_undo.c.log_id == row.log))
        return item_id
