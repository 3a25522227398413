"""The tables of the database, as SQLAlchemy ``Table`` objects. The numbered migrations
(``migrations.py``) create them; the query modules of ``store/`` read and write them."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

attempts = Table(
    "attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("problem_id", String(200), nullable=False),
    Column("slug", String(200), nullable=False),
    Column("track", String(40), nullable=False),
    Column("mode", String(16), nullable=False),  # run | submit
    Column("verdict", String(32), nullable=False),
    Column("passed", Integer, nullable=False),
    Column("total", Integer, nullable=False),
    Column("time_s", Float, nullable=False),
    Column("memory_mb", Float, nullable=False),
    Column("hints_used", Integer, nullable=False, default=0),
    Column("time_spent_s", Float),
    Column("code", Text, nullable=False),
    Column("report_json", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Index("ix_attempts_problem", attempts.c.problem_id, attempts.c.created_at)

hints_seen = Table(
    "hints_seen",
    metadata,
    Column("problem_id", String(200), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(  # when the learner started working on a problem (for time spent)
    "problem_sessions",
    metadata,
    Column("problem_id", String(200), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
)

review_items = Table(  # one FSRS card per card or problem in the review queue
    "review_items",
    metadata,
    Column("item_id", String(220), primary_key=True),  # "card:<id>" or "problem:<id>"
    Column("kind", String(16), nullable=False),
    Column("track", String(40), nullable=False),
    Column("state_json", Text, nullable=False),
    Column("due", DateTime(timezone=True), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Index("ix_review_due", review_items.c.due)

review_log = Table(
    "review_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", String(220), ForeignKey("review_items.item_id", ondelete="CASCADE"), nullable=False),
    Column("rating", Integer, nullable=False),
    Column("reviewed_at", DateTime(timezone=True), nullable=False),
    Column("duration_s", Float),
    Column("log_json", Text, nullable=False),
)

stories = Table(  # the learner's STAR story bank (behavioral interviews)
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("title", String(200), nullable=False),
    Column("situation", Text, nullable=False),
    Column("task", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("result", Text, nullable=False),
    Column("competencies_json", Text, nullable=False),  # JSON list of competency slugs
    Column("numbers_json", Text, nullable=False),  # JSON list of figures the story can quote
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


design_answers = Table(  # ML system design: the draft being written, then each graded answer
    "design_answers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("prompt_id", String(200), nullable=False),
    Column("sections_json", Text, nullable=False),  # {"requirements": "...", ..., "diagram": "..."}
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("graded_at", DateTime(timezone=True)),  # NULL while it is the draft
    Column("score", Float),
    Column("self_json", Text),  # the point ids the learner ticked before the reveal
    Column("grade_json", Text),  # the grader's result
)
Index("ix_design_answers_prompt", design_answers.c.prompt_id, design_answers.c.updated_at)


# -- the interview loop (plan, mocks, journal, company notes, import conflicts) -----------------
plan_settings = Table(  # one row: the learner's plan; baseline_json is the plan as first set
    "plan_settings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("interview_date", String(10), nullable=False),
    Column("hours_per_week", Float, nullable=False),
    Column("rest_days", String(40), nullable=False),
    Column("role", String(20), nullable=False),
    Column("company", String(120)),
    Column("baseline_json", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

mocks = Table(
    "mocks",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("company", String(120)),
    Column("whiteboard", Integer, nullable=False, default=0),
    Column("rounds_json", Text, nullable=False),  # [{index, kind, minutes, items: [slug]}]
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("score", Float),
    Column("report_json", Text),
)

mock_events = Table(  # everything done in a mock: think-aloud, run, hint, answer, round start
    "mock_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mock_id", String(40), ForeignKey("mocks.id", ondelete="CASCADE"), nullable=False),
    Column("round_index", Integer, nullable=False),
    Column("slug", String(200), nullable=False),
    Column("event", String(16), nullable=False),  # start | think | hint | run | answer
    Column("data_json", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Index("ix_mock_events_mock", mock_events.c.mock_id, mock_events.c.id)

journal = Table(
    "journal",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("company", String(120), nullable=False),
    Column("date", String(10), nullable=False),
    Column("round", String(120), nullable=False),
    Column("question", Text, nullable=False),
    Column("struggled", Integer, nullable=False, default=0),
    Column("notes", Text, nullable=False, default=""),
    Column("answer", Text, nullable=False, default=""),  # the learner's own answer, written later
    Column("problem_slug", String(200)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

company_notes = Table(
    "company_notes",
    metadata,
    Column("company", String(120), primary_key=True),
    Column("builds", Text, nullable=False, default=""),
    Column("team", Text, nullable=False, default=""),
    Column("questions", Text, nullable=False, default=""),
    Column("notes", Text, nullable=False, default=""),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

import_conflicts = Table(  # the imported side of every conflict, kept whole
    "import_conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("section", String(40), nullable=False),
    Column("key", String(240), nullable=False),
    Column("imported_json", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)


card_marks = Table(  # the learner's own marks on a card: suspended, buried for the day, flag, note
    "card_marks",
    metadata,
    Column("item_id", String(220), primary_key=True),  # "card:<id>"
    Column("suspended", Integer, nullable=False, default=0),
    Column("buried_until", DateTime(timezone=True)),
    Column("flag", Integer, nullable=False, default=0),  # 0: none, 1: flagged
    Column("note", Text, nullable=False, default=""),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

review_undo = Table(  # what a card was before a rating, so the rating can be taken back
    "review_undo",
    metadata,
    Column("log_id", Integer, ForeignKey("review_log.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", String(220), nullable=False),
    Column("prev_state_json", Text),  # None: the card was new (undo forgets it)
    Column("prev_due", DateTime(timezone=True)),
)
