"""Numbered, named migrations. Each runs once, in order, inside a transaction.

Append new ones at the end; never edit one that has shipped. A database whose newest
migration is above the last one here was written by a newer mlinterview and is refused.
The tables themselves are defined in ``tables.py``; a migration names the ones it creates.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Table

from mlinterview.store.tables import (
    attempts,
    card_marks,
    company_notes,
    design_answers,
    hints_seen,
    import_conflicts,
    journal,
    mock_events,
    mocks,
    plan_settings,
    review_items,
    review_log,
    review_undo,
    sessions,
    stories,
)


def _create(*tables: Table) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        for table in tables:
            table.create(conn)  # its indexes are created with it

    return run


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "attempts-and-hints", _create(attempts, hints_seen, sessions)),
    (2, "review-queue", _create(review_items, review_log)),
    (3, "card-marks-and-undo", _create(card_marks, review_undo)),
    (
        4,
        "interview-loop",
        _create(plan_settings, mocks, mock_events, journal, company_notes, import_conflicts),
    ),
    (5, "design-answers", _create(design_answers)),
    (6, "stories", _create(stories)),
]
LATEST = max(version for version, _, _ in MIGRATIONS)
