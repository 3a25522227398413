"""The learner owns the data: ``mli export progress`` writes every row of their progress as one
JSON file (``schema: 1``), ``mli import`` reads it back.

Sections: attempts, hints, reviews (items and log), plan, mocks (and their events), journal,
company notes, stories (whatever rows a ``stories`` table holds, if this install has one).

Import keeps both sides of a conflict: a row whose key exists here with different content is
not overwritten. Rows with a numbered id (attempts, logs, events, journal) are added under a
new id; rows with a natural key (a review item, the plan, a mock, a company note) keep the
local version and the imported one is stored whole in ``import_conflicts``. Every conflict is
named in the result. Identical rows are skipped, so importing twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.wording import plural

SCHEMA = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024
# section in the file -> table; tables whose key is a numbered id get new ids on conflict
SECTIONS = {
    "attempts": "attempts",
    "hints": "hints_seen",
    "journal": "journal",
    "review_items": "review_items",
    "review_log": "review_log",
    "plan": "plan_settings",
    "mocks": "mocks",
    "mock_events": "mock_events",
    "company_notes": "company_notes",
    "stories": "stories",
}
NUMBERED = {"attempts", "review_log", "mock_events", "journal"}
KEYS = {"hints_seen": "problem_id", "review_items": "item_id", "plan_settings": "id", "mocks": "id",
        "company_notes": "company"}  # fmt: skip


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)


def export_progress(ctx: Context, path: Path) -> dict[str, int]:
    data: dict[str, Any] = {"schema": SCHEMA, "exported_at": ctx.clock().isoformat()}
    for section, table in SECTIONS.items():
        data[section] = ctx.store.dump_rows(table)
    try:
        path.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    except OSError as exc:
        raise UserInputError(f"{path}: cannot write ({exc.strerror})") from None
    return {s: len(data[s]) for s in SECTIONS}


def _read(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise UserInputError(f"{path}: larger than {MAX_IMPORT_BYTES // 2**20} MB")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserInputError(f"{path}: no such file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserInputError(f"{path}: not a JSON export ({exc})") from None
    if not isinstance(data, dict) or "schema" not in data:
        raise UserInputError(f"{path}: not an export of `mli export progress` (no schema field)")
    if data["schema"] != SCHEMA:
        raise UserInputError(
            f"{path}: schema {data['schema']!r}; this mlinterview reads schema {SCHEMA} (upgrade to read it)"
        )
    for section in SECTIONS:
        rows = data.get(section, [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise UserInputError(f"{path}: field {section!r} must be a list of objects")
    return data


def _check_rows(ctx: Context, path: Path, data: dict[str, Any]) -> None:
    """Every row is checked before any is written, so a bad file changes nothing."""
    for section, table in SECTIONS.items():
        if not ctx.store.has_table(table):
            continue
        for number, row in enumerate(data.get(section, []), 1):
            try:
                ctx.store.row_values(table, row)
            except ValueError as exc:
                raise UserInputError(f"{path}: {section} row {number}: {exc}; nothing was imported") from None


def _same(local: dict[str, Any], imported: dict[str, Any], skip: str | None = None) -> bool:
    return all(local.get(k) == v for k, v in imported.items() if k != skip)


def import_progress(ctx: Context, path: Path) -> ImportResult:
    data = _read(path)
    _check_rows(ctx, path, data)
    store = ctx.store
    result = ImportResult()
    now = ctx.clock()
    journal_ids: dict[Any, Any] = {}
    # parents before children (SECTIONS is in that order): journal ids are renumbered first
    for section, table in SECTIONS.items():
        rows = data.get(section, [])
        added = 0
        if rows and not store.has_table(table):
            for row in rows:
                store.add_conflict(section, str(row.get("id", "")), row, now)
            result.conflicts.append(
                f"{section}: {plural(len(rows), 'row')} but this install has no {table} table; "
                "kept in import_conflicts"
            )
            continue
        for row in rows:
            row = dict(row)
            if table == "review_items" and row.get("item_id", "").startswith("journal:"):
                old = row["item_id"].split(":", 1)[1]
                if int(old) in journal_ids:
                    row["item_id"] = f"journal:{journal_ids[int(old)]}"
            if table == "review_log" and row.get("item_id", "").startswith("journal:"):
                old = row["item_id"].split(":", 1)[1]
                if int(old) in journal_ids:
                    row["item_id"] = f"journal:{journal_ids[int(old)]}"
            if table in NUMBERED:
                local = store.find_row(table, "id", row.get("id"))
                if local is None:
                    store.insert_row(table, row)
                    added += 1
                elif not _same(local, row):
                    new_id = store.insert_row(table, {k: v for k, v in row.items() if k != "id"})
                    if table == "journal":
                        journal_ids[row["id"]] = new_id
                    result.conflicts.append(
                        f"{section} #{row['id']}: this home has a different row with that id; "
                        f"the imported one is kept as #{new_id}"
                    )
                    added += 1
                continue
            key = KEYS.get(table) or _first_key(row)
            local = store.find_row(table, key, row.get(key))
            if local is None:
                store.insert_row(table, row)
                added += 1
            elif not _same(local, row):
                store.add_conflict(section, str(row.get(key)), row, now)
                result.conflicts.append(
                    f"{section} {row.get(key)}: differs from this home's; kept this home's, "
                    "the imported one is saved in import_conflicts"
                )
        result.added[section] = added
    return result


def _first_key(row: dict[str, Any]) -> str:
    return "id" if "id" in row else next(iter(row))
