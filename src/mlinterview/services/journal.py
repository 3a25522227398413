"""The interview journal: real interviews, their rounds and questions, and how they went.

A question marked struggled becomes a review item (``journal:<id>``, FSRS kind ``journal``):
the learner writes their own answer and rates it, and it comes back until it is learned. A
design prompt or behavioral question missed in a mock is queued the same way
(``revisit:<track>:<slug>``). A question whose text names a catalog problem links to it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.srs import new_state, review

JOURNAL_MINUTES = 10.0
MAX_TEXT = 4000


@dataclass
class Entry:
    id: int
    company: str
    date: str
    round: str
    question: str
    struggled: bool
    notes: str
    answer: str
    problem_slug: str | None
    due: datetime | None  # when its review item is due; None if not in the queue

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "company": self.company,
            "date": self.date,
            "round": self.round,
            "question": self.question,
            "struggled": self.struggled,
            "notes": self.notes,
            "problem": self.problem_slug,
        }


def match_problem(ctx: Context, question: str) -> str | None:
    """The catalog problem a question names: its title inside the question, or a close title."""
    text = question.lower()
    problems = ctx.catalog.problems()
    for p in sorted(problems, key=lambda p: -len(p.title)):
        if p.title.lower() in text or p.slug in text:
            return p.slug
    titles = {p.title.lower(): p.slug for p in problems}
    close = difflib.get_close_matches(text.strip(" ?."), list(titles), n=1, cutoff=0.8)
    return titles[close[0]] if close else None


def _clean(value: str, field: str, *, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise UserInputError(f"--{field} is empty")
    if len(value) > MAX_TEXT:
        raise UserInputError(f"--{field} is longer than {MAX_TEXT} characters")
    return value


def add_entry(
    ctx: Context,
    *,
    company: str,
    day: str,
    round_name: str,
    question: str,
    struggled: bool = False,
    notes: str = "",
) -> Entry:
    try:
        date.fromisoformat(day)
    except ValueError:
        raise UserInputError(f"--date: {day!r} is not a date (YYYY-MM-DD)") from None
    now = ctx.clock()
    question = _clean(question, "question")
    slug = match_problem(ctx, question)
    entry_id = ctx.store.add_journal(
        company=_clean(company, "company"),
        date=day,
        round=_clean(round_name, "round"),
        question=question,
        struggled=int(struggled),
        notes=_clean(notes, "notes", required=False),
        answer="",
        problem_slug=slug,
        created_at=now,
    )
    if struggled:
        track = ctx.catalog.get(slug).track if slug else "behavioral"
        item_id = f"journal:{entry_id}"
        ctx.store.add_review_item(
            item_id=item_id,
            kind="journal",
            track=track,
            state_json=new_state(item_id, now)[0],
            due=now,
            created_at=now,
        )
    return get_entry(ctx, entry_id)


def queue_revisit(ctx: Context, track: str, slug: str, now: datetime) -> None:
    item_id = f"revisit:{track}:{slug}"
    ctx.store.add_review_item(
        item_id=item_id,
        kind="journal",
        track=track,
        state_json=new_state(item_id, now)[0],
        due=now,
        created_at=now,
    )


def get_entry(ctx: Context, entry_id: int) -> Entry:
    row = ctx.store.journal_entry(entry_id)
    if row is None:
        raise UserInputError(f"no journal entry {entry_id}: `mli journal list` shows them")
    return _entry(ctx, row)


def _entry(ctx: Context, row: dict[str, Any]) -> Entry:
    item = ctx.store.review_item(f"journal:{row['id']}")
    return Entry(
        row["id"],
        row["company"],
        row["date"],
        row["round"],
        row["question"],
        bool(row["struggled"]),
        row["notes"],
        row["answer"],
        row["problem_slug"],
        item["due"] if item else None,
    )


def entries(ctx: Context, company: str | None = None) -> list[Entry]:
    rows = ctx.store.journal_entries()
    return [_entry(ctx, r) for r in rows if company is None or r["company"].lower() == company.lower()]


@dataclass
class DueQuestion:
    item_id: str
    track: str
    title: str
    minutes: float
    entry_id: int | None
    problem_slug: str | None


def due_questions(ctx: Context, now: datetime | None = None) -> list[DueQuestion]:
    """Struggled questions and missed mock items due now, oldest first."""
    now = now or ctx.clock()
    out = []
    for item in ctx.store.review_items("journal", due_before=now):
        item_id = item["item_id"]
        if item_id.startswith("journal:"):
            row = ctx.store.journal_entry(int(item_id.split(":", 1)[1]))
            if row is None:
                continue
            title = f"{row['company']}: {row['question']}"
            out.append(
                DueQuestion(item_id, item["track"], title, JOURNAL_MINUTES, row["id"], row["problem_slug"])
            )
        elif item_id.startswith("revisit:"):
            _, track, slug = item_id.split(":", 2)
            out.append(
                DueQuestion(item_id, track, f"Revisit {slug} (missed in a mock)", JOURNAL_MINUTES, None, None)
            )
    return out


def answer_question(ctx: Context, item_id: str, answer: str, rating: int) -> datetime:
    """Record the learner's answer to a due question and rate it; returns when it is due next."""
    item = ctx.store.review_item(item_id)
    if item is None or item["kind"] != "journal":
        raise UserInputError(f"no journal question {item_id!r} in the review queue")
    if rating not in (1, 2, 3, 4):
        raise UserInputError("--rating: 1 again, 2 hard, 3 good or 4 easy")
    now = ctx.clock()
    if item_id.startswith("journal:") and answer.strip():
        ctx.store.set_journal_answer(int(item_id.split(":", 1)[1]), _clean(answer, "answer"))
    result = review("journal", item["state_json"], rating, now)
    ctx.store.save_review(
        item_id=item_id,
        kind="journal",
        track=item["track"],
        state_json=result.state_json,
        due=result.due,
        rating=rating,
        reviewed_at=now,
        duration_s=None,
        log_json=result.log_json,
    )
    return result.due
