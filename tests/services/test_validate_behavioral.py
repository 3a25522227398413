"""``mli validate`` (without slugs) proves the behavioral questions and the decks by loading them:
a broken file is reported with its file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT, Config
from mlinterview.services.context import Context
from mlinterview.services.validate import validate


def _validate(root: Path) -> tuple[Context, list[str]]:
    ctx = Context(Config.from_env({"MLINTERVIEW_HOME": str(root / "home")}), workers=1)
    ctx.__dict__["catalog"] = Catalog([root])  # only the behavioral questions and the decks
    results, errors = validate(ctx)
    assert results == []  # no problem folders in this root
    return ctx, [str(e) for e in errors]


def test_validate_proves_every_question_and_the_papers_deck(tmp_path: Path) -> None:
    shutil.copytree(BUILTIN_CONTENT / "behavioral", tmp_path / "behavioral")
    shutil.copytree(BUILTIN_CONTENT / "cards", tmp_path / "cards")
    ctx, errors = _validate(tmp_path)
    assert errors == []
    assert len(ctx.catalog.behavioral_questions()) >= 60
    assert sum(c.deck == "papers" for c in ctx.catalog.flashcards()) >= 40
    ctx.close()


def test_validate_reports_a_broken_question_with_file_and_field(tmp_path: Path) -> None:
    shutil.copytree(BUILTIN_CONTENT / "behavioral", tmp_path / "behavioral")
    path = tmp_path / "behavioral" / "mentoring.yaml"
    path.write_text(path.read_text().replace("follow_ups:", "followups:", 1))
    ctx, errors = _validate(tmp_path)
    assert len(errors) == 1 and "mentoring.yaml: questions[0].followups: unknown field" in errors[0]
    ctx.close()
