"""The behavioral questions load and prove themselves; a broken file is named with its field."""

from __future__ import annotations

from pathlib import Path

from mlinterview.catalog import Catalog
from mlinterview.catalog.behavioral import COMPETENCIES
from mlinterview.config import BUILTIN_CONTENT


def test_the_bank_covers_every_competency_with_sixty_questions_or_more() -> None:
    catalog = Catalog([BUILTIN_CONTENT])
    questions = catalog.behavioral_questions()
    assert not [e for e in catalog.errors if "behavioral" in e.path]
    assert len(questions) >= 60
    per = {c: [q for q in questions if q.competency == c] for c in COMPETENCIES}
    assert all(len(qs) >= 4 for qs in per.values()), {c: len(qs) for c, qs in per.items()}
    assert len({q.id for q in questions}) == len(questions)
    assert len({q.question.lower() for q in questions}) == len(questions)
    assert all(q.shows and q.follow_ups and q.question.endswith(("?", ".")) for q in questions)


def _catalog_with(tmp_path: Path, name: str, text: str) -> Catalog:
    folder = tmp_path / "behavioral"
    folder.mkdir(parents=True)
    (folder / name).write_text(text)
    return Catalog([tmp_path])


def test_a_question_without_follow_ups_is_refused_naming_file_and_field(tmp_path: Path) -> None:
    catalog = _catalog_with(
        tmp_path,
        "conflict.yaml",
        "schema: 1\ncompetency: conflict\nquestions:\n"
        "  - id: q-one\n    question: Tell me about a conflict.\n    shows: [Evidence]\n",
    )
    assert catalog.behavioral_questions() == []
    (error,) = catalog.errors
    assert error.path.endswith("conflict.yaml") and error.field == "questions[0].follow_ups"


def test_an_unknown_competency_and_a_newer_schema_are_refused(tmp_path: Path) -> None:
    catalog = _catalog_with(tmp_path, "bravery.yaml", "schema: 1\ncompetency: bravery\nquestions: []\n")
    catalog.behavioral_questions()
    assert catalog.errors[0].field == "competency" and "bravery" in str(catalog.errors[0])
    newer = _catalog_with(tmp_path / "b", "conflict.yaml", "schema: 2\ncompetency: conflict\nquestions: []\n")
    newer.behavioral_questions()
    assert newer.errors[0].field == "schema" and "newer" in str(newer.errors[0])


def test_a_yaml_slip_in_a_line_is_reported_not_swallowed(tmp_path: Path) -> None:
    # "Disagree and commit: ..." unquoted is a mapping, not a string
    catalog = _catalog_with(
        tmp_path,
        "conflict.yaml",
        "schema: 1\ncompetency: conflict\nquestions:\n  - id: q\n    question: Why?\n"
        "    shows:\n      - Disagree and commit: then deliver\n    follow_ups: [And then?]\n",
    )
    catalog.behavioral_questions()
    assert catalog.errors[0].field == "questions[0].shows"
