"""Opening the database (migrations applied on open) and the queries the services need."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from mlinterview.errors import StoreError
from mlinterview.store import migrations
from mlinterview.store import tables as t
from mlinterview.store.attempts import AttemptQueries
from mlinterview.store.card_marks import CardMarkQueries
from mlinterview.store.loop import LoopQueries
from mlinterview.store.stories import StoryQueries

_version_meta = MetaData()
schema_migrations = Table(
    "schema_migrations",
    _version_meta,
    Column("version", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


class ReviewQueries:
    """Review-queue queries, mixed into :class:`Store`."""

    engine: Engine

    def review_item(self, item_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.review_items).where(t.review_items.c.item_id == item_id)).first()
        return _item(row._mapping) if row else None

    def save_review(
        self,
        *,
        item_id: str,
        kind: str,
        track: str,
        state_json: str,
        due: datetime,
        rating: int,
        reviewed_at: datetime,
        duration_s: float | None,
        log_json: str,
    ) -> None:
        with self.engine.begin() as conn:
            exists = conn.execute(
                select(t.review_items.c.item_id).where(t.review_items.c.item_id == item_id)
            ).first()
            if exists:
                conn.execute(
                    t.review_items.update()
                    .where(t.review_items.c.item_id == item_id)
                    .values(state_json=state_json, due=due, track=track)
                )
            else:
                _insert_item(conn, item_id, kind, track, state_json, due, reviewed_at)
            conn.execute(
                insert(t.review_log).values(
                    item_id=item_id,
                    rating=rating,
                    reviewed_at=reviewed_at,
                    duration_s=duration_s,
                    log_json=log_json,
                )
            )

    def add_review_item(
        self, *, item_id: str, kind: str, track: str, state_json: str, due: datetime, created_at: datetime
    ) -> bool:
        """A new review-queue item with no review yet; False if the item is already queued."""
        with self.engine.begin() as conn:
            if conn.execute(
                select(t.review_items.c.item_id).where(t.review_items.c.item_id == item_id)
            ).first():
                return False
            _insert_item(conn, item_id, kind, track, state_json, due, created_at)
        return True

    def review_items(
        self, kind: str | None = None, due_before: datetime | None = None
    ) -> list[dict[str, Any]]:
        query = select(t.review_items).order_by(t.review_items.c.due)
        if kind:
            query = query.where(t.review_items.c.kind == kind)
        if due_before is not None:
            query = query.where(t.review_items.c.due <= due_before)
        with self.engine.connect() as conn:
            return [_item(r._mapping) for r in conn.execute(query)]

    def items_created_since(self, kind: str, since: datetime) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count())
                    .select_from(t.review_items)
                    .where(t.review_items.c.kind == kind, t.review_items.c.created_at >= since)
                ).scalar()
                or 0
            )

    def review_logs(self, since: datetime | None = None) -> list[dict[str, Any]]:
        query = (
            select(t.review_log, t.review_items.c.kind, t.review_items.c.track)
            .join(t.review_items, t.review_items.c.item_id == t.review_log.c.item_id)
            .order_by(t.review_log.c.reviewed_at)
        )
        if since is not None:
            query = query.where(t.review_log.c.reviewed_at >= since)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        for row in rows:
            row["reviewed_at"] = _aware(row["reviewed_at"])
        return rows


def _insert_item(
    conn: Connection, item_id: str, kind: str, track: str, state_json: str, due: datetime, created: datetime
) -> None:
    conn.execute(
        insert(t.review_items).values(
            item_id=item_id, kind=kind, track=track, state_json=state_json, due=due, created_at=created
        )
    )


def _item(mapping: Any) -> dict[str, Any]:
    item = dict(mapping)
    item["due"] = _aware(item["due"])
    item["created_at"] = _aware(item["created_at"])
    return item


class Store(ReviewQueries, AttemptQueries, CardMarkQueries, StoryQueries, LoopQueries):
    def __init__(self, url: str) -> None:
        self.url = url
        self.path: Path | None = None
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            self.path = Path(url[len("sqlite:///") :])
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = self._engine(url)
        self._migrate()

    def _engine(self, url: str) -> Engine:
        if url.startswith("sqlite"):
            from sqlalchemy.pool import StaticPool

            kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 30}}
            if url in ("sqlite://", "sqlite:///:memory:"):
                kwargs["poolclass"] = StaticPool
            engine = create_engine(url, **kwargs)

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn: Any, _: Any) -> None:
                cursor = dbapi_conn.cursor()
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute("PRAGMA busy_timeout=30000")
                if url not in ("sqlite://", "sqlite:///:memory:"):
                    cursor.execute("PRAGMA journal_mode=WAL")
                cursor.close()

            return engine
        return create_engine(url, pool_pre_ping=True)

    def _migrate(self) -> None:
        try:
            with self.engine.begin() as conn:
                _version_meta.create_all(conn)
                applied = {row.version for row in conn.execute(select(schema_migrations.c.version))}
                newest = max(applied, default=0)
                if newest > migrations.LATEST:
                    raise StoreError(
                        f"the database {self.where} is at schema version {newest}, newer than this "
                        f"mlinterview understands ({migrations.LATEST}); upgrade mlinterview to use it"
                    )
                for version, name, run in migrations.MIGRATIONS:
                    if version not in applied:
                        run(conn)
                        conn.execute(
                            insert(schema_migrations).values(version=version, name=name, applied_at=utcnow())
                        )
        except (DatabaseError, OperationalError) as exc:
            raise StoreError(
                f"the database {self.where} cannot be opened ({exc.orig}). It was left untouched; "
                "move it aside (or set MLINTERVIEW_HOME) to start a new one"
            ) from None

    @property
    def where(self) -> str:
        return str(self.path) if self.path else self.url

    def version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(schema_migrations.c.version))).scalar() or 0)

    # -- attempts ------------------------------------------------------------------------------
    def add_attempt(
        self,
        *,
        problem_id: str,
        slug: str,
        track: str,
        mode: str,
        report: dict[str, Any],
        code: str,
        hints_used: int,
        time_spent_s: float | None,
        now: datetime | None = None,
    ) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                insert(t.attempts).values(
                    problem_id=problem_id,
                    slug=slug,
                    track=track,
                    mode=mode,
                    verdict=report["verdict"],
                    passed=report["passed"],
                    total=report["total"],
                    time_s=report.get("time_s", 0.0),
                    memory_mb=report.get("memory_mb", 0.0),
                    hints_used=hints_used,
                    time_spent_s=time_spent_s,
                    code=code,
                    report_json=json.dumps(report, default=str),
                    created_at=now or utcnow(),
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            return int(key[0])

    # -- hints and sessions -------------------------------------------------------------------
    def hints_used(self, problem_id: str) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(
                select(t.hints_seen.c.count).where(t.hints_seen.c.problem_id == problem_id)
            ).scalar()
        return int(value or 0)

    def set_hints_used(self, problem_id: str, count: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(t.hints_seen.delete().where(t.hints_seen.c.problem_id == problem_id))
            conn.execute(insert(t.hints_seen).values(problem_id=problem_id, count=count, updated_at=utcnow()))

    def start_session(self, problem_id: str, now: datetime | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(t.sessions.delete().where(t.sessions.c.problem_id == problem_id))
            conn.execute(insert(t.sessions).values(problem_id=problem_id, started_at=now or utcnow()))

    def session_started(self, problem_id: str) -> datetime | None:
        with self.engine.connect() as conn:
            value = conn.execute(
                select(t.sessions.c.started_at).where(t.sessions.c.problem_id == problem_id)
            ).scalar()
        return _aware(value)

    def close(self) -> None:
        self.engine.dispose()
