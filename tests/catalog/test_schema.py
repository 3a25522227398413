"""Broken packs are reported with the file and field at fault, and never hide the others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.errors import ContentError, UserInputError

SOURCE = BUILTIN_CONTENT / "dsa" / "two-sum"


def make_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "dsa" / "two-sum"
    shutil.copytree(SOURCE, folder)
    return folder


def broken(tmp_path: Path, edit) -> ContentError:  # type: ignore[no-untyped-def]
    folder = make_pack(tmp_path)
    edit(folder)
    catalog = Catalog([tmp_path])
    assert catalog.problems() == []
    assert len(catalog.errors) == 1
    return catalog.errors[0]


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_builtin_catalog_loads_without_errors() -> None:
    catalog = Catalog([BUILTIN_CONTENT])
    assert catalog.problems("dsa")
    assert catalog.errors == [], [str(e) for e in catalog.errors]


def test_unknown_field_is_named(tmp_path: Path) -> None:
    error = broken(
        tmp_path,
        lambda f: (f / "problem.yaml").write_text((f / "problem.yaml").read_text() + "colour: red\n"),
    )
    assert "problem.yaml: colour: unknown field" in str(error)


def test_wrong_type_is_named(tmp_path: Path) -> None:
    error = broken(tmp_path, lambda f: replace(f / "problem.yaml", "difficulty: easy", "difficulty: 3"))
    assert "difficulty: must be a str" in str(error)


def test_bad_choice_lists_the_choices(tmp_path: Path) -> None:
    error = broken(tmp_path, lambda f: replace(f / "problem.yaml", "difficulty: easy", "difficulty: trivial"))
    assert "'trivial' is not one of easy, medium, hard" in str(error)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    error = broken(tmp_path, lambda f: replace(f / "problem.yaml", "schema: 1", "schema: 2"))
    assert "newer than this mlinterview understands" in str(error)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    error = broken(tmp_path, lambda f: (f / "problem.yaml").write_text("schema: 1\ntitle: [unclosed\n"))
    assert "problem.yaml: line" in str(error) and "not valid YAML" in str(error)


def test_missing_file_is_named(tmp_path: Path) -> None:
    error = broken(tmp_path, lambda f: (f / "editorial.md").unlink())
    assert str(error).endswith("editorial.md: is missing")


def test_slug_must_match_folder(tmp_path: Path) -> None:
    error = broken(tmp_path, lambda f: replace(f / "problem.yaml", "slug: two-sum", "slug: two-sums"))
    assert "slug: must equal the folder name" in str(error)


def test_case_errors_name_the_case(tmp_path: Path) -> None:
    folder = make_pack(tmp_path)
    text = (folder / "cases.yaml").read_text()
    (folder / "cases.yaml").write_text(text.replace("args:", "arguments:", 1))
    catalog = Catalog([tmp_path])
    problem = catalog.get("two-sum")
    with pytest.raises(ContentError, match=r"cases.yaml: sample\[0\]\.arguments: unknown field"):
        catalog.cases(problem)


def test_unknown_problem_suggests_close_names() -> None:
    with pytest.raises(UserInputError, match="Did you mean: two-sum"):
        Catalog([BUILTIN_CONTENT]).get("two-summ")
