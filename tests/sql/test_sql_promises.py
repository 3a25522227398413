"""`mli validate` keeps a SQL statement's promises: every promised edge case (empty tables,
NULLs, ties) has a hidden dataset tagged with it, the tag is true of the data, a promise of
NULLs comes with a statement that says what a NULL means and a wrong/ solution that mishandles
them, and a pack that promises no NULLs holds none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.errors import ContentError
from mlinterview.services.context import Context
from mlinterview.services.validate import ProblemCheck, validate_problem

BUILTIN = Catalog([BUILTIN_CONTENT])


def copy_pack(tmp_path: Path, slug: str) -> Path:
    folder = tmp_path / "sql" / slug
    shutil.copytree(BUILTIN_CONTENT / "sql" / slug, folder)
    return folder


def prove(ctx: Context, folder: Path) -> ProblemCheck:
    catalog = Catalog([folder.parent.parent])
    ctx.__dict__["catalog"] = catalog
    assert catalog.errors == [], [str(e) for e in catalog.errors]
    return validate_problem(ctx, catalog.get(folder.name))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_every_builtin_promise_is_covered_and_null_packs_keep_a_null_mistake() -> None:
    for problem in BUILTIN.problems("sql"):
        assert "empty" in problem.extra["promises"], problem.slug
    nulls = [p for p in BUILTIN.problems("sql") if "nulls" in p.extra["promises"]]
    assert len(nulls) >= 7
    for problem in nulls:
        assert any("mishandles: nulls" in p.read_text() for p in problem.solutions_in("wrong")), problem.slug


def test_the_unchanged_pack_is_valid(ctx: Context, tmp_path: Path) -> None:
    check = prove(ctx, copy_pack(tmp_path, "customers-without-orders"))
    assert check.ok, check.problems


def test_a_promise_without_a_dataset_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path, "rank-scores")
    edit(folder / "datasets.yaml", "    covers: [empty]\n", "")
    check = prove(ctx, folder)
    assert any("result.promises has 'empty' but no hidden dataset covers it" in p for p in check.problems)


def test_a_tag_the_data_does_not_bear_out_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path, "rank-scores")
    edit(folder / "datasets.yaml", "  - id: single\n", "  - id: single\n    covers: [empty]\n")
    check = prove(ctx, folder)
    assert "dataset 'single' covers 'empty' but every table has rows" in check.problems


def test_nulls_in_a_pack_that_promises_none_are_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path, "rank-scores")
    edit(folder / "schema.sql", "NOT NULL", "")
    edit(folder / "datasets.yaml", "        - [1, 0.00]\n", "        - [1, null]\n")
    check = prove(ctx, folder)
    assert any(
        p.startswith("dataset 'single' holds a NULL, but the statement says") for p in check.problems
    ), check.problems


def test_promising_nulls_needs_a_wrong_solution_that_mishandles_them(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path, "customers-without-orders")
    edit(folder / "wrong" / "not-in-with-nulls.sql", "-- mishandles: nulls\n", "")
    check = prove(ctx, folder)
    assert any("keeps no wrong/ solution marked '-- mishandles: nulls'" in p for p in check.problems)


def test_a_null_mistake_that_is_accepted_is_refused(ctx: Context, tmp_path: Path) -> None:
    # without the dataset holding NULL order keys, NOT IN over the orders looks right
    folder = copy_pack(tmp_path, "customers-without-orders")
    for name in ("guest-orders", "same-names"):
        text = (folder / "datasets.yaml").read_text()
        start = text.index(f"  - id: {name}\n")
        end = text.find("  - id:", start + 1)
        (folder / "datasets.yaml").write_text(text[:start] + (text[end:] if end != -1 else ""))
    (folder / "gen.py").unlink()
    edit(folder / "problem.yaml", "promises: [empty, nulls]", "promises: [empty]")
    check = prove(ctx, folder)
    assert any(p.startswith("wrong/not-in-with-nulls.sql got accepted") for p in check.problems), (
        check.problems
    )


def test_an_unknown_promise_is_named() -> None:
    problem = BUILTIN.get("rank-scores")
    folder = problem.path
    text = (folder / "problem.yaml").read_text().replace("promises: [empty, ties]", "promises: [blanks]")
    import yaml

    from mlinterview.catalog.sqlpack import sql_problem_from_yaml

    with pytest.raises(ContentError, match="'blanks' is not one of empty, nulls, ties"):
        sql_problem_from_yaml(folder, yaml.safe_load(text))
