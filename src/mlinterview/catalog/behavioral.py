"""Behavioral questions: ``content/behavioral/<competency>.yaml``, validated like the decks.

One file per competency; the file names its competency and every question in it belongs to
it. A question carries a stable id, the question, what a strong answer shows and the
follow-ups an interviewer asks. Every error names the file and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mlinterview.catalog.schema import Fields, check_schema_version
from mlinterview.errors import ContentError

# The competencies a behavioral loop probes, in the order the guide lists them.
COMPETENCIES = {
    "conflict": "Conflict",
    "failure-and-learning": "Failure and learning",
    "leadership-without-authority": "Leadership without authority",
    "ambiguity": "Ambiguity",
    "impact-and-metrics": "Impact and metrics",
    "collaboration": "Collaboration",
    "disagreement-with-manager": "Disagreement with a manager",
    "tight-deadlines": "Tight deadlines",
    "mentoring": "Mentoring",
    "project-deep-dive": "Project deep dive",
    "why-ml": "Why ML",
    "why-this-company": "Why this company",
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class BehavioralQuestion:
    id: str
    competency: str
    question: str
    shows: tuple[str, ...]  # what a strong answer shows
    follow_ups: tuple[str, ...]

    @property
    def competency_title(self) -> str:
        return COMPETENCIES[self.competency]


def load_file(path: Path, data: object) -> list[BehavioralQuestion]:
    check_schema_version(path, data)
    f = Fields(path, data)
    f.only({"schema", "competency", "questions"})
    competency = f.get("competency", str, choices=tuple(COMPETENCIES))
    if competency != path.stem:
        raise f.error("competency", f"must equal the file name {path.stem!r}")
    questions = []
    for i, raw in enumerate(f.get("questions", list)):
        q = Fields(path, raw, f"questions[{i}].")
        q.only({"id", "question", "shows", "follow_ups"})
        qid = q.get("id", str)
        if not _ID.match(qid):
            raise q.error("id", "must be lowercase letters, digits and dashes")
        text = q.get("question", str).strip()
        if not text:
            raise q.error("question", "must not be empty")
        shows = q.strings("shows")
        if not shows:
            raise q.error("shows", "must say what a strong answer shows (at least one line)")
        follow_ups = q.strings("follow_ups")
        if not follow_ups:
            raise q.error("follow_ups", "must list at least one follow-up question")
        questions.append(BehavioralQuestion(qid, competency, text, tuple(shows), tuple(follow_ups)))
    if not questions:
        raise f.error("questions", "must hold at least one question")
    return questions


def load_all(roots: list[Path]) -> tuple[list[BehavioralQuestion], list[ContentError]]:
    """Every question under ``<root>/behavioral/``; a broken file is reported, not fatal."""
    from mlinterview.catalog.loader import read_yaml

    questions: list[BehavioralQuestion] = []
    errors: list[ContentError] = []
    seen: dict[str, Path] = {}
    for root in roots:
        folder = root / "behavioral"
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                loaded = load_file(path, read_yaml(path))
            except ContentError as exc:
                errors.append(exc)
                continue
            for question in loaded:
                if question.id in seen:
                    errors.append(
                        ContentError(
                            path,
                            f"question id {question.id!r} is also used in {seen[question.id].name}",
                            "id",
                        )
                    )
                    continue
                seen[question.id] = path
                questions.append(question)
    order = list(COMPETENCIES)
    questions.sort(key=lambda q: order.index(q.competency))
    return questions, errors
