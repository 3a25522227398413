"""Design answers: the draft a learner is writing for a prompt (autosaved) and each graded answer.

Also schedules a new review item without a review (a missed rubric point enters the queue due
now; its first rating is the learner's).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from mlinterview.store import tables as t
from mlinterview.store.db import _aware, utcnow

_T = t.design_answers


class DesignStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def draft(self, prompt_id: str) -> dict[str, Any] | None:
        """The answer being written (not yet graded), or None."""
        query = (
            select(_T)
            .where(_T.c.prompt_id == prompt_id, _T.c.graded_at.is_(None))
            .order_by(_T.c.id.desc())
            .limit(1)
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return _row(row._mapping) if row else None

    def start(self, prompt_id: str, now: datetime | None = None, *, restart: bool = False) -> dict[str, Any]:
        """The current draft, or a new empty one (``restart`` drops an unfinished draft)."""
        current = self.draft(prompt_id)
        if current is not None and not restart:
            return current
        now = now or utcnow()
        with self.engine.begin() as conn:
            if current is not None:
                conn.execute(_T.delete().where(_T.c.id == current["id"]))
            conn.execute(
                insert(_T).values(prompt_id=prompt_id, sections_json="{}", started_at=now, updated_at=now)
            )
        draft = self.draft(prompt_id)
        assert draft is not None
        return draft

    def save_draft(
        self, prompt_id: str, sections: dict[str, str], now: datetime | None = None
    ) -> dict[str, Any]:
        draft = self.start(prompt_id, now)
        with self.engine.begin() as conn:
            conn.execute(
                _T.update()
                .where(_T.c.id == draft["id"])
                .values(sections_json=json.dumps(sections), updated_at=now or utcnow())
            )
        saved = self.draft(prompt_id)
        assert saved is not None
        return saved

    def record_grade(
        self,
        prompt_id: str,
        sections: dict[str, str],
        *,
        score: float,
        self_ids: list[str] | None,
        grade: dict[str, Any],
        started_at: datetime | None = None,
        now: datetime | None = None,
    ) -> int:
        """Close the draft as a graded answer (or store a new graded one). Returns its id."""
        now = now or utcnow()
        draft = self.draft(prompt_id)
        values = {
            "sections_json": json.dumps(sections),
            "updated_at": now,
            "graded_at": now,
            "score": score,
            "self_json": json.dumps(self_ids) if self_ids is not None else None,
            "grade_json": json.dumps(grade),
        }
        with self.engine.begin() as conn:
            if draft is not None:
                conn.execute(_T.update().where(_T.c.id == draft["id"]).values(**values))
                return int(draft["id"])
            result = conn.execute(
                insert(_T).values(prompt_id=prompt_id, started_at=started_at or now, **values)
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    def graded(self, prompt_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Graded answers, newest first."""
        query = select(_T).where(_T.c.graded_at.is_not(None)).order_by(_T.c.id.desc()).limit(limit)
        if prompt_id:
            query = query.where(_T.c.prompt_id == prompt_id)
        with self.engine.connect() as conn:
            return [_row(r._mapping) for r in conn.execute(query)]

    def best_scores(self) -> dict[str, float]:
        best: dict[str, float] = {}
        query = select(_T.c.prompt_id, _T.c.score).where(_T.c.graded_at.is_not(None))
        with self.engine.connect() as conn:
            for prompt_id, score in conn.execute(query):
                best[prompt_id] = max(best.get(prompt_id, 0.0), float(score or 0.0))
        return best

    def add_review_item(self, *, item_id: str, kind: str, track: str, state_json: str, now: datetime) -> bool:
        """A new review item due now, with no review logged yet. False if it already exists."""
        with self.engine.begin() as conn:
            exists = conn.execute(
                select(t.review_items.c.item_id).where(t.review_items.c.item_id == item_id)
            ).first()
            if exists:
                return False
            conn.execute(
                insert(t.review_items).values(
                    item_id=item_id, kind=kind, track=track, state_json=state_json, due=now, created_at=now
                )
            )
        return True


def _row(mapping: Any) -> dict[str, Any]:
    row = dict(mapping)
    for key in ("started_at", "updated_at", "graded_at"):
        row[key] = _aware(row[key])
    row["sections"] = json.loads(row.pop("sections_json") or "{}")
    row["self_ids"] = json.loads(row["self_json"]) if row.get("self_json") else None
    row["grade"] = json.loads(row["grade_json"]) if row.get("grade_json") else None
    return row
