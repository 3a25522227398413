"""Queries of the interview loop: the plan's settings, mocks and their events, the interview
journal, company notes, and the generic row dumps that export and import use. Mixed into
:class:`~mlinterview.store.db.Store`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Float, Integer, String, Table, Text, delete, insert, inspect, select, update
from sqlalchemy.engine import Engine

from mlinterview.store import tables as t


def _aware(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _row(mapping: Any) -> dict[str, Any]:
    return {k: _aware(v) for k, v in dict(mapping).items()}


def _check(name: str, kind: Any, value: Any) -> Any:
    if isinstance(kind, DateTime):
        if not isinstance(value, str):
            raise ValueError(f"field {name!r} must be an ISO date-time")
        try:
            return _aware(datetime.fromisoformat(value))
        except ValueError:
            raise ValueError(f"field {name!r}: {value!r} is not an ISO date-time") from None
    expected: dict[type, type | tuple[type, ...]] = {
        Integer: int,
        Float: (int, float),
        String: str,
        Text: str,
    }
    for sql_type, python in expected.items():
        if isinstance(kind, sql_type) and (not isinstance(value, python) or isinstance(value, bool)):
            raise ValueError(f"field {name!r} must be {getattr(python, '__name__', 'a number')}")
    return value


class LoopQueries:
    """Plan, mock, journal and company-note queries, mixed into :class:`Store`."""

    engine: Engine

    # -- plan -------------------------------------------------------------------------------------
    def plan_settings(self) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.plan_settings).where(t.plan_settings.c.id == 1)).first()
        return _row(row._mapping) if row else None

    def save_plan_settings(self, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.plan_settings).where(t.plan_settings.c.id == 1))
            conn.execute(insert(t.plan_settings).values(id=1, **values))

    # -- mocks ------------------------------------------------------------------------------------
    def add_mock(self, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(t.mocks).values(**values))

    def mock(self, mock_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.mocks).where(t.mocks.c.id == mock_id)).first()
        return _row(row._mapping) if row else None

    def mocks(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.mocks).order_by(t.mocks.c.started_at)).all()
        return [_row(r._mapping) for r in rows]

    def finish_mock(
        self, mock_id: str, *, finished_at: datetime, score: float, report: dict[str, Any]
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(t.mocks)
                .where(t.mocks.c.id == mock_id)
                .values(finished_at=finished_at, score=score, report_json=json.dumps(report))
            )

    def add_mock_event(
        self, mock_id: str, round_index: int, slug: str, event: str, data: dict[str, Any], now: datetime
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(t.mock_events).values(
                    mock_id=mock_id,
                    round_index=round_index,
                    slug=slug,
                    event=event,
                    data_json=json.dumps(data, default=str),
                    created_at=now,
                )
            )

    def mock_events(self, mock_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(t.mock_events).where(t.mock_events.c.mock_id == mock_id).order_by(t.mock_events.c.id)
            ).all()
        out = []
        for r in rows:
            row = _row(r._mapping)
            row["data"] = json.loads(row.pop("data_json"))
            out.append(row)
        return out

    # -- journal ----------------------------------------------------------------------------------
    def add_journal(self, **values: Any) -> int:
        with self.engine.begin() as conn:
            key = conn.execute(insert(t.journal).values(**values)).inserted_primary_key
        assert key is not None
        return int(key[0])

    def journal_entries(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.journal).order_by(t.journal.c.date.desc(), t.journal.c.id)).all()
        return [_row(r._mapping) for r in rows]

    def journal_entry(self, entry_id: int) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.journal).where(t.journal.c.id == entry_id)).first()
        return _row(row._mapping) if row else None

    def set_journal_answer(self, entry_id: int, answer: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(t.journal).where(t.journal.c.id == entry_id).values(answer=answer))

    # -- company notes ----------------------------------------------------------------------------
    def company_notes(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(t.company_notes).order_by(t.company_notes.c.company)).all()
        return [_row(r._mapping) for r in rows]

    def save_company_note(self, company: str, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.company_notes).where(t.company_notes.c.company == company))
            conn.execute(insert(t.company_notes).values(company=company, **values))

    # -- export and import ------------------------------------------------------------------------
    def _table(self, name: str) -> Table | None:
        if name in t.metadata.tables:
            return t.metadata.tables[name]
        if name in inspect(self.engine).get_table_names():  # a table of another feature (stories)
            from sqlalchemy import MetaData

            meta = MetaData()
            return Table(name, meta, autoload_with=self.engine)
        return None

    def has_table(self, name: str) -> bool:
        return self._table(name) is not None

    def dump_rows(self, name: str) -> list[dict[str, Any]]:
        """Every row of a table as plain values (datetimes as aware ISO strings); [] if absent."""
        table = self._table(name)
        if table is None:
            return []
        order = list(table.primary_key.columns) or list(table.columns)[:1]
        with self.engine.connect() as conn:
            rows = conn.execute(select(table).order_by(*order)).all()
        return [
            {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in _row(r._mapping).items()}
            for r in rows
        ]

    def find_row(self, name: str, key: str, value: Any) -> dict[str, Any] | None:
        table = self._table(name)
        assert table is not None
        with self.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c[key] == value)).first()
        if row is None:
            return None
        return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in _row(row._mapping).items()}

    def row_values(self, name: str, values: dict[str, Any]) -> dict[str, Any]:
        """An exported row as column values (ISO datetimes parsed); ValueError names what is
        wrong: an unknown column, a missing required one, a value of the wrong kind."""
        table = self._table(name)
        assert table is not None
        unknown = set(values) - {c.name for c in table.columns}
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}")
        clean: dict[str, Any] = {}
        for column in table.columns:
            if column.name not in values:
                if not column.nullable and column.default is None and not column.primary_key:
                    raise ValueError(f"field {column.name!r} is missing")
                continue
            value = values[column.name]
            if value is not None:
                value = _check(column.name, column.type, value)
            elif not column.nullable and not column.primary_key:
                raise ValueError(f"field {column.name!r} is empty")
            clean[column.name] = value
        return clean

    def insert_row(self, name: str, values: dict[str, Any]) -> Any:
        """Insert one exported row (checked by :meth:`row_values`); returns its primary key."""
        table = self._table(name)
        assert table is not None
        clean = self.row_values(name, values)
        with self.engine.begin() as conn:
            key = conn.execute(insert(table).values(**clean)).inserted_primary_key
        return key[0] if key else None

    def add_conflict(self, section: str, key: str, imported: dict[str, Any], now: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(t.import_conflicts).values(
                    section=section, key=key, imported_json=json.dumps(imported, default=str), created_at=now
                )
            )

    def conflicts(self) -> list[dict[str, Any]]:
        return self.dump_rows("import_conflicts")
