"""The STAR story bank: checking a story, reading one from a file, storing it, the coverage
matrix of competencies, and stories in the review queue.

A story is situation, task, action and result, the competencies it shows (slugs from
:data:`~mlinterview.catalog.behavioral.COMPETENCIES`) and the numbers it can quote. Every
field is bounded before it is stored; a mistake names the field (and the file, when the story
came from one).

Story files (``mli story add --file``) are YAML, or Markdown with YAML front matter::

    ---
    schema: 1
    title: Cut the ranking model's latency in half
    competencies: [impact-and-metrics, tight-deadlines]
    numbers: ["p99 latency 180 ms -> 85 ms", "3 weeks"]
    ---
    ## Situation
    ...
    ## Task
    ...
    ## Action
    ...
    ## Result
    ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from mlinterview.catalog.behavioral import COMPETENCIES, BehavioralQuestion
from mlinterview.errors import ContentError, UserInputError
from mlinterview.services.context import Context

PARTS = ("situation", "task", "action", "result")
MAX_TITLE_CHARS = 200
MAX_PART_CHARS = 6000
MAX_NUMBERS = 20
MAX_NUMBER_CHARS = 200
MAX_FILE_BYTES = 64_000
STORY_TRACK = "behavioral"


@dataclass
class Story:
    title: str
    situation: str
    task: str
    action: str
    result: str
    competencies: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def item_id(self) -> str:
        return f"story:{self.id}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "situation": self.situation,
            "task": self.task,
            "action": self.action,
            "result": self.result,
            "competencies": list(self.competencies),
            "numbers": list(self.numbers),
        }

    def telling(self) -> str:
        """The story as one would tell it: the four parts in order."""
        return "\n\n".join(getattr(self, part) for part in PARTS)


def check_story(data: dict[str, Any], where: str = "story") -> Story:
    """A story from loose data (flags, a form, a file), or a UserInputError naming the field."""

    def bad(name: str, message: str) -> UserInputError:
        return UserInputError(f"{where}: {name}: {message}")

    values: dict[str, str] = {}
    for name, cap in (("title", MAX_TITLE_CHARS), *((p, MAX_PART_CHARS) for p in PARTS)):
        value = data.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise bad(name, f"must be text, not {type(value).__name__}")
        value = value.strip()
        if not value:
            raise bad(name, "is required")
        if len(value) > cap:
            raise bad(name, f"is {len(value)} characters; at most {cap}")
        values[name] = value
    competencies = _string_list(data.get("competencies"), "competencies", bad)
    unknown = [c for c in competencies if c not in COMPETENCIES]
    if unknown:
        raise bad("competencies", f"{unknown[0]!r} is not one of {', '.join(COMPETENCIES)}")
    numbers = _string_list(data.get("numbers"), "numbers", bad)
    if len(numbers) > MAX_NUMBERS:
        raise bad("numbers", f"at most {MAX_NUMBERS} figures")
    if any(len(n) > MAX_NUMBER_CHARS for n in numbers):
        raise bad("numbers", f"each figure at most {MAX_NUMBER_CHARS} characters")
    return Story(competencies=list(dict.fromkeys(competencies)), numbers=numbers, **values)  # type: ignore[arg-type]


def _string_list(value: Any, name: str, bad: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):  # "a, b" from a flag or a form field
        value = [v for v in re.split(r"[,\n]", value)]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise bad(name, "must be a list of text")
    return [str(v).strip() for v in value if str(v).strip()]


# -- files ---------------------------------------------------------------------------------------
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.S)
_HEADING = re.compile(r"^#{1,6}\s*(situation|task|action|result)\s*$", re.I | re.M)


def read_story_file(path: Path) -> dict[str, Any]:
    """The fields of a YAML or Markdown story file (see the module docstring)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserInputError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ContentError(path, f"is {len(raw)} bytes; a story file holds at most {MAX_FILE_BYTES}")
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() in (".yaml", ".yml"):
        data = _yaml(path, text)
    else:
        match = _FRONT.match(text)
        if not match:
            raise ContentError(path, "must start with YAML front matter between --- lines (title, ...)")
        data = _yaml(path, match.group(1))
        for key in PARTS:
            if key in data:
                raise ContentError(path, "goes under a '## heading' in the body, not the front matter", key)
        data.update(_sections(path, match.group(2)))
    version = data.pop("schema", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ContentError(path, "must be 1", "schema")
    if version > 1:
        raise ContentError(path, f"schema {version} is newer than this mlinterview understands (1)", "schema")
    allowed = {"title", "competencies", "numbers", *PARTS}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ContentError(path, f"unknown field (allowed: {', '.join(sorted(allowed))})", unknown[0])
    return data


def _yaml(path: Path, text: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ContentError(
            path,
            f"is not valid YAML: {getattr(exc, 'problem', exc)}",
            f"line {mark.line + 1}" if mark else None,
        ) from None
    if not isinstance(data, dict):
        raise ContentError(path, "expected a mapping of fields")
    return data


def _sections(path: Path, body: str) -> dict[str, str]:
    found = list(_HEADING.finditer(body))
    if not found:
        raise ContentError(path, "has no '## Situation', '## Task', '## Action', '## Result' headings")
    out: dict[str, str] = {}
    for i, match in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(body)
        name = match.group(1).lower()
        if name in out:
            raise ContentError(path, f"has two '## {name.capitalize()}' sections", name)
        out[name] = body[match.end() : end].strip()
    return out


# -- the bank ------------------------------------------------------------------------------------
def _story(row: dict[str, Any]) -> Story:
    return Story(
        **{k: row[k] for k in ("id", "title", *PARTS, "competencies", "numbers", "created_at", "updated_at")}
    )


def add_story(ctx: Context, story: Story) -> Story:
    story.id = ctx.store.add_story(story.as_dict(), ctx.clock())
    return get_story(ctx, story.id)


def edit_story(ctx: Context, story_id: int, changes: dict[str, Any], where: str = "story") -> Story:
    """Apply ``changes`` (only the fields given) to a story, re-checking the whole of it."""
    current = get_story(ctx, story_id)
    merged = {**current.as_dict(), **{k: v for k, v in changes.items() if v is not None}}
    story = check_story(merged, where)
    ctx.store.update_story(story_id, story.as_dict(), ctx.clock())
    return get_story(ctx, story_id)


def delete_story(ctx: Context, story_id: int) -> Story:
    """Remove a story and its place in the review queue; returns what was removed."""
    story = get_story(ctx, story_id)
    ctx.store.delete_story(story_id)
    ctx.store.delete_review_item(story.item_id)
    return story


def get_story(ctx: Context, story_id: int) -> Story:
    row = ctx.store.story(story_id)
    if row is None:
        raise UserInputError(f"no story with id {story_id}; see `mli story list`")
    return _story(row)


def list_stories(ctx: Context, competency: str | None = None) -> list[Story]:
    if competency is not None and competency not in COMPETENCIES:
        raise UserInputError(f"no competency {competency!r} (one of {', '.join(COMPETENCIES)})")
    stories = [_story(r) for r in ctx.store.stories()]
    return [s for s in stories if competency is None or competency in s.competencies]


def questions(ctx: Context, competency: str | None = None) -> list[BehavioralQuestion]:
    """The behavioral questions, in the competencies' order, within one competency when given."""
    if competency is not None and competency not in COMPETENCIES:
        raise UserInputError(f"no competency {competency!r} (one of {', '.join(COMPETENCIES)})")
    return [q for q in ctx.catalog.behavioral_questions() if competency in (None, q.competency)]


@dataclass
class CoverageRow:
    competency: str
    title: str
    questions: int  # behavioral questions in the bank for this competency
    stories: list[Story]

    @property
    def is_covered(self) -> bool:
        return bool(self.stories)


def coverage(ctx: Context) -> list[CoverageRow]:
    """One row per competency, in the guide's order: the stories that show it."""
    stories = list_stories(ctx)
    questions = ctx.catalog.behavioral_questions()
    return [
        CoverageRow(
            slug,
            title,
            sum(q.competency == slug for q in questions),
            [s for s in stories if slug in s.competencies],
        )
        for slug, title in COMPETENCIES.items()
    ]


def due_stories(ctx: Context, now: datetime | None = None) -> list[tuple[Story, datetime]]:
    """Stories whose retelling is due in the review queue, oldest due first."""
    now = now or ctx.clock()
    by_item = {s.item_id: s for s in list_stories(ctx)}
    return [
        (by_item[i["item_id"]], i["due"])
        for i in ctx.store.review_items("story", due_before=now)
        if i["item_id"] in by_item
    ]
