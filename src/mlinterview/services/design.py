"""ML system design practice: the prompts, the answer template and its sections, the 45-minute
clock, grading (deterministic, and the learner's self-grade beside it), and proving a prompt.

The answer is Markdown with one ``## <stage title>`` section per stage and a ``## Diagram``
section holding a ```mermaid block; the CLI keeps it in a file, the web app in the store as
sections. Both are graded as the same composed Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from mlinterview.catalog.design import STAGE_TITLES, STAGES, DesignPrompt
from mlinterview.errors import UserInputError
from mlinterview.judge.design_grader import Grade, grade
from mlinterview.services.context import Context

MIN_MODEL_COVERAGE = 0.9
MAX_ANSWER_BYTES = 200_000
DIAGRAM = "diagram"
SECTION_KEYS = (*STAGES, DIAGRAM)
SECTION_HINTS = {
    "requirements": "Who uses it, what it must do, scale (users, QPS, items), latency, what is out of scope.",
    "metrics": "The business goal, the online metric, offline metrics, guardrails.",
    "data": "Where the data and labels come from, their delays and biases, how much.",
    "features": "User, item, context and cross features; freshness; where they are computed.",
    "model": "A baseline first, then the model; why this one.",
    "training": "Splits, sampling, loss, retraining cadence.",
    "evaluation": "Offline evaluation, then the online experiment: unit, duration, guardrails.",
    "serving": "The request path, latency budget, caching, fallbacks.",
    "monitoring": "What is watched, drift, alerts, feedback loops.",
    "tradeoffs": "Failure modes, what you chose not to do, and why.",
    "privacy-fairness": "Personal data, retention, who could be harmed, how you would check.",
    DIAGRAM: "An architecture diagram in Mermaid (flowchart LR ...).",
}
_SECTION = re.compile(r"^##\s+(.+?)\s*$", re.MULTILINE)
_TITLE_TO_KEY = {t.lower(): k for k, t in STAGE_TITLES.items()} | {"diagram": DIAGRAM}
_MERMAID = re.compile(r"```mermaid\s*\n(.*?)```", re.DOTALL)


def section_title(key: str) -> str:
    return "Diagram" if key == DIAGRAM else STAGE_TITLES[key]


def template(prompt: DesignPrompt) -> str:
    """The answer file ``mli design start`` writes: a heading per stage, hints as comments."""
    parts = [
        f"# {prompt.title}: my design",
        "",
        f"<!-- {prompt.minutes} minutes. Write under each heading. -->",
        "",
    ]
    for key in SECTION_KEYS:
        parts += [f"## {section_title(key)}", "", f"<!-- {SECTION_HINTS[key]} -->", ""]
        if key == DIAGRAM:
            parts += ["```mermaid", "flowchart LR", "  A[Client] --> B[Service]", "```", ""]
    return "\n".join(parts)


def compose(sections: dict[str, str]) -> str:
    """The Markdown answer from its sections (web app); unknown keys are ignored."""
    parts = []
    for key in SECTION_KEYS:
        text = (sections.get(key) or "").strip()
        if not text:
            continue
        if key == DIAGRAM:
            text = f"```mermaid\n{text}\n```"
        parts.append(f"## {section_title(key)}\n\n{text}\n")
    return "\n".join(parts)


def split_sections(markdown: str) -> dict[str, str]:
    """The sections of a Markdown answer (CLI file); text under unknown headings goes to the
    section before it, text before the first heading to requirements."""
    sections: dict[str, list[str]] = {}
    key = "requirements"
    pieces = _SECTION.split(markdown)
    sections.setdefault(key, []).append(pieces[0])
    for title, body in zip(pieces[1::2], pieces[2::2], strict=True):
        key = _TITLE_TO_KEY.get(title.strip().lower(), key)
        sections.setdefault(key, []).append(body)
    out = {}
    for k, v in sections.items():
        text = re.sub(r"<!--.*?-->", "", "\n".join(v), flags=re.DOTALL)
        text = re.sub(r"^#\s.*$", "", text, flags=re.MULTILINE).strip()
        if k == DIAGRAM:
            found = _MERMAID.search(text)
            text = found.group(1).strip() if found else text
        if text:
            out[k] = text
    return out


# -- listing ---------------------------------------------------------------------------------------
@dataclass
class PromptRow:
    prompt: DesignPrompt
    best_score: float | None
    attempts: int


def list_prompts(ctx: Context) -> list[PromptRow]:
    from mlinterview.store.design import DesignStore

    store = DesignStore(ctx.store.engine)
    best = store.best_scores()
    counts: dict[str, int] = {}
    for row in store.graded(limit=10_000):
        counts[row["prompt_id"]] = counts.get(row["prompt_id"], 0) + 1
    return [PromptRow(p, best.get(p.id), counts.get(p.id, 0)) for p in ctx.catalog.design_prompts()]


# -- the clock and the workspace --------------------------------------------------------------------
def workspace_file(ctx: Context, prompt: DesignPrompt) -> Path:
    return ctx.config.workspace / "design" / f"{prompt.slug}.md"


@dataclass
class Started:
    prompt: DesignPrompt
    path: Path
    created: bool
    started_at: datetime
    deadline: datetime


def start(ctx: Context, slug: str, *, force: bool = False) -> Started:
    """Write the answer template (unless one exists) and start the clock."""
    prompt = ctx.catalog.design(slug)
    path = workspace_file(ctx, prompt)
    created = force or not path.exists()
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template(prompt), encoding="utf-8")
    now = ctx.clock()
    ctx.store.start_session(prompt.id, now)
    return Started(prompt, path, created, now, now + timedelta(minutes=prompt.minutes))


def read_answer(file: Path) -> str:
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise UserInputError(f"{file} does not exist (write it with `mli design start SLUG`)") from None
    except OSError as exc:
        raise UserInputError(f"{file} cannot be read: {exc.strerror}") from None
    if len(data) > MAX_ANSWER_BYTES:
        raise UserInputError(f"{file} is {len(data)} bytes; an answer may be {MAX_ANSWER_BYTES}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserInputError(f"{file} is not UTF-8 text") from None


# -- grading ---------------------------------------------------------------------------------------
@dataclass
class Graded:
    prompt: DesignPrompt
    grade: Grade
    self_ids: list[str] | None
    elapsed_s: float | None
    answer_id: int | None = None
    new_review_cards: list[str] = field(default_factory=list)

    @property
    def missed(self) -> list[str]:
        return [p.id for p in self.grade.points if not p.covered]

    def self_difference(self) -> dict[str, list[str]]:
        """Points the learner claimed but the grader did not find, and the reverse."""
        if self.self_ids is None:
            return {"claimed_not_found": [], "found_not_claimed": []}
        claimed = set(self.self_ids)
        found = {p.id for p in self.grade.points if p.covered}
        order = [p.id for p in self.grade.points]
        return {
            "claimed_not_found": [i for i in order if i in claimed - found],
            "found_not_claimed": [i for i in order if i in found - claimed],
        }


def grade_text(prompt: DesignPrompt, text: str) -> Grade:
    return grade(text, prompt.rubric)


def grade_answer(
    ctx: Context,
    prompt: DesignPrompt,
    text: str,
    *,
    sections: dict[str, str] | None = None,
    self_ids: list[str] | None = None,
    record: bool = True,
    now: datetime | None = None,
) -> Graded:
    """Grade an answer; with ``record``, store it, turn missed points into review cards and
    schedule the prompt in the review queue."""
    if len(text.encode("utf-8")) > MAX_ANSWER_BYTES:
        raise UserInputError(f"the answer is longer than {MAX_ANSWER_BYTES} bytes")
    known = {p.id for p in prompt.rubric}
    if self_ids is not None:
        unknown = sorted(set(self_ids) - known)
        if unknown:
            raise UserInputError(f"no rubric point called {unknown[0]!r} in {prompt.slug}")
    result = grade_text(prompt, text)
    now = now or ctx.clock()
    started = ctx.store.session_started(prompt.id)
    elapsed = (now - started).total_seconds() if started else None
    graded = Graded(prompt, result, self_ids, elapsed)
    if record:
        from mlinterview.services.design_review import schedule_after_grade
        from mlinterview.store.design import DesignStore

        graded.answer_id = DesignStore(ctx.store.engine).record_grade(
            prompt.id,
            sections if sections is not None else split_sections(text),
            score=result.score,
            self_ids=self_ids,
            grade=result.to_dict(),
            started_at=started,
            now=now,
        )
        graded.new_review_cards = schedule_after_grade(ctx, prompt, result, now)
    return graded


# -- proving a prompt (mli validate) -------------------------------------------------------------
def prove(prompt: DesignPrompt) -> list[str]:
    """What is wrong with a prompt that loaded: the model answer must cover its own rubric."""
    problems = []
    result = grade_text(prompt, prompt.model_answer)
    if result.score < MIN_MODEL_COVERAGE:
        missed = ", ".join(p.id for p in result.points if not p.covered)
        problems.append(
            f"model-answer.md covers {result.score:.0%} of the rubric (needs {MIN_MODEL_COVERAGE:.0%}); "
            f"missed: {missed}"
        )
    return problems


# -- the web app's draft -----------------------------------------------------------------------------
@dataclass
class Draft:
    sections: dict[str, str]
    started_at: datetime
    updated_at: datetime
    deadline: datetime


def clean_sections(sections: object) -> dict[str, str]:
    """Sections from a request: known keys, strings, bounded in size; errors name the field."""
    if not isinstance(sections, dict):
        raise UserInputError("sections must be an object of section name to text")
    out: dict[str, str] = {}
    for key, value in sections.items():
        if key not in SECTION_KEYS:
            raise UserInputError(f"unknown section {key!r} (sections: {', '.join(SECTION_KEYS)})")
        if not isinstance(value, str):
            raise UserInputError(f"section {key!r} must be text")
        if value.strip():
            out[key] = value
    if len(compose(out).encode("utf-8")) > MAX_ANSWER_BYTES:
        raise UserInputError(f"the answer is longer than {MAX_ANSWER_BYTES} bytes")
    return out


def _draft(prompt: DesignPrompt, row: dict[str, object]) -> Draft:
    started = row["started_at"]
    updated = row["updated_at"]
    assert isinstance(started, datetime) and isinstance(updated, datetime)
    sections = row["sections"]
    assert isinstance(sections, dict)
    return Draft(sections, started, updated, started + timedelta(minutes=prompt.minutes))


def open_draft(ctx: Context, prompt: DesignPrompt, *, restart: bool = False) -> Draft:
    """The draft being written (the clock starts when it is first opened)."""
    from mlinterview.store.design import DesignStore

    row = DesignStore(ctx.store.engine).start(prompt.id, ctx.clock(), restart=restart)
    return _draft(prompt, row)


def save_draft(ctx: Context, prompt: DesignPrompt, sections: object) -> Draft:
    from mlinterview.store.design import DesignStore

    row = DesignStore(ctx.store.engine).save_draft(prompt.id, clean_sections(sections), ctx.clock())
    return _draft(prompt, row)


def grade_draft(ctx: Context, prompt: DesignPrompt, sections: object, self_ids: list[str] | None) -> Graded:
    """Grade the web app's answer: its sections composed into one Markdown answer."""
    from mlinterview.store.design import DesignStore

    clean = clean_sections(sections)
    draft = DesignStore(ctx.store.engine).draft(prompt.id)
    now = ctx.clock()
    graded = grade_answer(ctx, prompt, compose(clean), sections=clean, self_ids=self_ids, now=now)
    if draft is not None:
        graded.elapsed_s = (now - draft["started_at"]).total_seconds()
    return graded
