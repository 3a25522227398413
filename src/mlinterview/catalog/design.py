"""ML system design prompts: ``content/design/<slug>/``, loaded and validated (file and field named).

A prompt is text the learner writes against: the scenario, clarifying questions with the
interviewer's answers, a weighted rubric whose points carry the concepts that show they were
covered, a model answer, follow-ups and mistakes (docs/CONTENT.md). Grading lives in
``judge.design_grader``; this module only reads and checks the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mlinterview.catalog.problem import DIFFICULTIES
from mlinterview.catalog.schema import Fields, check_schema_version, open_problem_yaml
from mlinterview.errors import ContentError

DESIGN_TRACK = "design"
STAGES = (
    "requirements",
    "metrics",
    "data",
    "features",
    "model",
    "training",
    "evaluation",
    "serving",
    "monitoring",
    "tradeoffs",
    "privacy-fairness",
)
STAGE_TITLES = {
    "requirements": "Requirements and scale",
    "metrics": "Metrics (offline and online)",
    "data": "Data and labels",
    "features": "Features",
    "model": "Model choice and baseline",
    "training": "Training",
    "evaluation": "Evaluation and A/B testing",
    "serving": "Serving and latency",
    "monitoring": "Monitoring and drift",
    "tradeoffs": "Trade-offs and failure modes",
    "privacy-fairness": "Privacy and fairness",
}
MIN_QUESTIONS = 5
MIN_POINTS = 10
WEIGHT_TOLERANCE = 1e-9
FILES = ("prompt.md", "clarify.yaml", "rubric.yaml", "model-answer.md", "followups.md", "mistakes.md")
_KEYS = {"schema", "id", "slug", "title", "track", "difficulty", "minutes", "topics"}
_DESIGN_ID = re.compile(r"^design-[a-z0-9][a-z0-9-]*$")
_POINT_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_MERMAID = re.compile(r"^```mermaid\s*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_BULLET = re.compile(r"^(?:[-*]|\d+[.)])\s+")
_HEADING = re.compile(r"^##\s+(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class RubricPoint:
    id: str
    stage: str
    weight: float
    text: str
    concepts: tuple[tuple[str, ...], ...]  # groups of alternatives
    need: int = 1


@dataclass(frozen=True)
class Clarification:
    question: str
    answer: str


@dataclass(frozen=True)
class FollowUp:
    question: str
    answer: str


@dataclass(frozen=True)
class DesignPrompt:
    id: str
    slug: str
    title: str
    difficulty: str
    minutes: int
    topics: tuple[str, ...]
    path: Path
    prompt: str
    clarify: tuple[Clarification, ...]
    rubric: tuple[RubricPoint, ...]
    model_answer: str
    followups: tuple[FollowUp, ...]
    mistakes: tuple[str, ...]
    track: str = DESIGN_TRACK

    @property
    def item_id(self) -> str:
        return f"design:{self.id}"

    @property
    def model_diagram(self) -> str:
        found = _MERMAID.search(self.model_answer)
        return found.group(1).strip() if found else ""


def load_prompt(folder: Path) -> DesignPrompt:
    from mlinterview.catalog.loader import read_yaml

    for name in FILES:
        if not (folder / name).is_file():
            raise ContentError(folder / name, "is missing")
    f, slug = open_problem_yaml(folder, read_yaml(folder / "problem.yaml"), _KEYS)
    pid = f.get("id", str)
    if not _DESIGN_ID.match(pid):
        raise f.error("id", f"must start with 'design-' (lowercase, dashes), e.g. 'design-{slug}'")
    f.get("track", str, choices=(DESIGN_TRACK,))
    minutes = f.get("minutes", int, 45)
    if not 5 <= minutes <= 120:
        raise f.error("minutes", "must be between 5 and 120")
    prompt = (folder / "prompt.md").read_text(encoding="utf-8").strip()
    if not prompt:
        raise ContentError(folder / "prompt.md", "is empty")
    answer = (folder / "model-answer.md").read_text(encoding="utf-8")
    if not _MERMAID.search(answer):
        raise ContentError(folder / "model-answer.md", "holds no ```mermaid diagram block")
    return DesignPrompt(
        id=pid,
        slug=slug,
        title=f.get("title", str),
        difficulty=f.get("difficulty", str, choices=DIFFICULTIES),
        minutes=minutes,
        topics=tuple(f.strings("topics")),
        path=folder,
        prompt=prompt,
        clarify=_clarify(folder / "clarify.yaml", read_yaml(folder / "clarify.yaml")),
        rubric=rubric_from_yaml(folder / "rubric.yaml", read_yaml(folder / "rubric.yaml")),
        model_answer=answer.strip(),
        followups=_followups(folder / "followups.md"),
        mistakes=_mistakes(folder / "mistakes.md"),
    )


def _clarify(path: Path, data: object) -> tuple[Clarification, ...]:
    check_schema_version(path, data)
    f = Fields(path, data)
    f.only({"schema", "questions"})
    out = []
    for i, raw in enumerate(f.get("questions", list)):
        q = Fields(path, raw, f"questions[{i}].")
        q.only({"question", "answer"})
        question, answer = q.get("question", str).strip(), q.get("answer", str).strip()
        if not question or not answer:
            raise q.error("question" if not question else "answer", "must not be empty")
        out.append(Clarification(question, answer))
    if len(out) < MIN_QUESTIONS:
        raise f.error("questions", f"has {len(out)} questions; at least {MIN_QUESTIONS} are required")
    return tuple(out)


def rubric_from_yaml(path: Path, data: object) -> tuple[RubricPoint, ...]:
    check_schema_version(path, data)
    f = Fields(path, data)
    f.only({"schema", "points"})
    points: list[RubricPoint] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(f.get("points", list)):
        p = Fields(path, raw, f"points[{i}].")
        p.only({"id", "stage", "weight", "text", "concepts", "need"})
        point_id = p.get("id", str)
        if not _POINT_ID.match(point_id):
            raise p.error("id", "must be lowercase letters, digits and dashes")
        if point_id in seen:
            raise p.error("id", f"{point_id!r} is also points[{seen[point_id]}]")
        seen[point_id] = i
        weight = p.get("weight", float)
        if not 0 < weight <= 1:
            raise p.error("weight", "must be above 0 and at most 1")
        text = p.get("text", str).strip()
        if not text:
            raise p.error("text", "must not be empty")
        groups = _concepts(p)
        need = p.get("need", int, 1)
        if not 1 <= need <= len(groups):
            raise p.error("need", f"must be between 1 and the number of concept groups ({len(groups)})")
        stage = p.get("stage", str, choices=STAGES)
        points.append(RubricPoint(point_id, stage, weight, text, groups, need))
    if len(points) < MIN_POINTS:
        raise f.error("points", f"has {len(points)} points; at least {MIN_POINTS} are required")
    total = sum(p.weight for p in points)
    if abs(total - 1.0) > WEIGHT_TOLERANCE:
        raise f.error("points", f"weights sum to {total:.12g}; they must sum to 1")
    _check_distinct(f, points)
    return tuple(points)


def _concepts(p: Fields) -> tuple[tuple[str, ...], ...]:
    raw = p.get("concepts", list)
    if not raw:
        raise p.error("concepts", "needs at least one concept group")
    groups = []
    for j, group in enumerate(raw):
        if (
            not isinstance(group, list)
            or not group
            or not all(isinstance(a, str) and a.strip() for a in group)
        ):
            raise p.error(f"concepts[{j}]", "must be a non-empty list of non-empty strings")
        for alt in group:
            if alt.startswith("re:"):
                try:
                    re.compile(alt[3:])
                except re.error as exc:
                    raise p.error(f"concepts[{j}]", f"bad regular expression {alt[3:]!r}: {exc}") from None
        groups.append(tuple(a.strip() for a in group))
    return tuple(groups)


def _check_distinct(f: Fields, points: list[RubricPoint]) -> None:
    """No two points share all of their concepts: each must be told apart by some phrase."""
    for i, a in enumerate(points):
        alts_a = {x.lower() for g in a.concepts for x in g}
        for b in points[i + 1 :]:
            alts_b = {x.lower() for g in b.concepts for x in g}
            if alts_a == alts_b:
                raise f.error("points", f"{a.id!r} and {b.id!r} have the same concepts")


def _followups(path: Path) -> tuple[FollowUp, ...]:
    text = path.read_text(encoding="utf-8")
    parts = _HEADING.split(text)
    out = []
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        if not body.strip():
            raise ContentError(path, f"follow-up {title.strip()!r} has no answer")
        out.append(FollowUp(title.strip(), body.strip()))
    if not out:
        raise ContentError(path, "holds no '## question' section")
    return tuple(out)


def _mistakes(path: Path) -> tuple[str, ...]:
    items: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        bullet = _BULLET.match(line)
        if bullet:
            items.append(line[bullet.end() :].strip())
        elif line.startswith("  ") and items and line.strip():
            items[-1] += " " + line.strip()
    if not items:
        raise ContentError(path, "holds no '- mistake' list item")
    return tuple(items)


def load_all(roots: list[Path]) -> tuple[dict[str, DesignPrompt], list[ContentError]]:
    """Every prompt under ``<root>/design/``, by slug; later roots override earlier ones."""
    prompts: dict[str, DesignPrompt] = {}
    errors: list[ContentError] = []
    ids: dict[str, Path] = {}
    for root in roots:
        base = root / DESIGN_TRACK
        if not base.is_dir():
            continue
        for folder in sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
            try:
                prompt = load_prompt(folder)
            except ContentError as exc:
                errors.append(exc)
                continue
            if prompt.id in ids and ids[prompt.id].name != folder.name:
                errors.append(
                    ContentError(folder / "problem.yaml", f"id {prompt.id!r} is already used", "id")
                )
                continue
            ids[prompt.id] = folder
            prompts[prompt.slug] = prompt
    return prompts, errors
