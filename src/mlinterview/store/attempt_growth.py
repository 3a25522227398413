"""The complexity line of a recorded submission, added once it is measured.

The web app shows a verdict as soon as the cases are judged and measures growth afterwards;
this writes the measurement into that attempt's stored report.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from mlinterview.store import tables as t


def set_complexity(engine: Engine, attempt_id: int, problem_id: str, complexity: dict[str, Any]) -> bool:
    """Store ``complexity`` in the report of submission ``attempt_id`` of ``problem_id``; False
    when there is no such submission (accepted, or over the time limit)."""
    table = t.attempts
    where = (
        (table.c.id == attempt_id)
        & (table.c.problem_id == problem_id)
        & (table.c.mode == "submit")
        & (table.c.verdict.in_(("accepted", "time_limit")))
    )
    with engine.begin() as conn:
        row = conn.execute(select(table.c.report_json).where(where)).first()
        if row is None:
            return False
        report = json.loads(row.report_json or "{}")
        report["complexity"] = complexity
        conn.execute(update(table).where(where).values(report_json=json.dumps(report, default=str)))
    return True
