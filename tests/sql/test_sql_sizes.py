"""A SQL statement's table sizes are the tested ones: problem.yaml's ``constraints:`` names the
schema's tables, every dataset keeps to it, a hidden dataset reaches it, the result contract
says it, and every plain ``alt/`` query
is accepted. ``mli validate`` refuses a pack that breaks any of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.catalog.sqlsizes import schema_tables, size_words
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.errors import ContentError
from mlinterview.services.context import Context
from mlinterview.services.validate import ProblemCheck, validate_problem

BUILTIN = Catalog([BUILTIN_CONTENT])
SLUG = "customers-without-orders"  # two tables; its largest dataset: 2,000 customers, 5,000 orders


def copy_pack(tmp_path: Path, slug: str = SLUG, keep_alt: bool = False) -> Path:
    folder = tmp_path / "sql" / slug
    shutil.copytree(BUILTIN_CONTENT / "sql" / slug, folder)
    if not keep_alt:  # keeps the runs short where alt/ is not under test
        shutil.rmtree(folder / "alt", ignore_errors=True)
    return folder


def load(folder: Path) -> Catalog:
    catalog = Catalog([folder.parent.parent])
    catalog.problems("sql")  # loads the packs; a pack that fails lands in catalog.errors
    return catalog


def prove(ctx: Context, folder: Path) -> ProblemCheck:
    catalog = load(folder)
    ctx.__dict__["catalog"] = catalog
    assert catalog.errors == [], [str(e) for e in catalog.errors]
    return validate_problem(ctx, catalog.get(folder.name))


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_every_builtin_pack_states_each_tables_size_and_keeps_a_plain_alternative() -> None:
    problems = BUILTIN.problems("sql")
    assert len(problems) >= 30
    for problem in problems:
        sizes = problem.extra["constraints"]
        tables = schema_tables(problem.path)
        assert sizes and set(sizes) == set(tables), problem.slug
        assert size_words(sizes, tables) in problem.statement, problem.slug
        assert problem.solutions_in("alt"), problem.slug


def test_the_sizes_read_as_a_sentence() -> None:
    assert size_words({"orders": 5000}, ["orders"]) == "`orders` holds at most 5,000 rows."
    assert size_words({"a": 10, "b": 10}, ["a", "b"]) == "Each table holds at most 10 rows."
    assert (
        size_words({"customers": 2000, "orders": 5000, "items": 80}, ["customers", "items", "orders"])
        == "`customers` holds at most 2,000 rows, `items` at most 80 and `orders` at most 5,000."
    )


def test_the_unchanged_pack_is_valid_and_its_alternative_is_judged(ctx: Context, tmp_path: Path) -> None:
    check = prove(ctx, copy_pack(tmp_path, keep_alt=True))
    assert check.ok, check.problems
    assert "alt/left-join-is-null.sql" in check.times


def test_a_stated_size_no_hidden_dataset_reaches_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(folder / "problem.yaml", "orders: {rows: 5000}", "orders: {rows: 6000}")
    check = prove(ctx, folder)
    assert any(
        p.startswith("no hidden dataset reaches orders with 6000 rows (largest: 5000)")
        for p in check.problems
    )


def test_a_dataset_over_the_stated_size_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(folder / "problem.yaml", "customers: {rows: 2000}", "customers: {rows: 1500}")
    check = prove(ctx, folder)
    assert (
        "dataset 'random-2000' breaks the stated constraints: customers has 2000 rows > 1500"
        in check.problems
    )


def test_a_pack_without_constraints_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    text = (folder / "problem.yaml").read_text()
    (folder / "problem.yaml").write_text(text[: text.index("constraints:")])
    check = prove(ctx, folder)
    assert any(p.startswith("problem.yaml states no constraints:") for p in check.problems), check.problems


def test_a_table_without_a_stated_size_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(folder / "problem.yaml", "  customers: {rows: 2000}\n", "")
    check = prove(ctx, folder)
    assert "constraints: states no rows for table 'customers'" in check.problems


def test_a_statement_that_does_not_say_the_sizes_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(
        folder / "statement.md",
        "- `customers` holds at most 2,000 rows",
        "- `customers` holds at most 900 rows",
    )
    check = prove(ctx, folder)
    assert any(p.startswith("the statement's result contract does not say the sizes") for p in check.problems)


def test_an_alternative_that_fails_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    (folder / "alt").mkdir()
    shutil.copy(folder / "wrong" / "not-in-with-nulls.sql", folder / "alt" / "not-in.sql")
    check = prove(ctx, folder)
    assert any(p.startswith("alt/not-in.sql got wrong_answer, expected accepted") for p in check.problems)


@pytest.mark.parametrize(
    ("constraints", "field", "words"),
    [
        (
            "  invoices: {rows: 10}\n",
            "constraints.invoices",
            "names no table of schema.sql (tables: customers, orders)",
        ),
        ("  orders: {rows: -1}\n", "constraints.orders.rows", "must be a whole number >= 0"),
        ("  orders: {rows: 2.5}\n", "constraints.orders.rows", "must be a whole number >= 0"),
        ("  orders: {rows: many}\n", "constraints.orders.rows", "must be a whole number >= 0"),
        ("  orders: {len: 10}\n", "constraints.orders.len", "unknown field"),
    ],
)
def test_constraint_errors_name_the_file_and_field(
    tmp_path: Path, constraints: str, field: str, words: str
) -> None:
    folder = copy_pack(tmp_path)
    text = (folder / "problem.yaml").read_text()
    (folder / "problem.yaml").write_text(text[: text.index("constraints:")] + "constraints:\n" + constraints)
    errors = load(folder).errors
    assert len(errors) == 1
    assert errors[0].path.endswith("problem.yaml") and errors[0].field == field
    assert words in str(errors[0])


def test_a_missing_schema_is_named_before_the_sizes_are_read(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    (folder / "schema.sql").unlink()
    errors = load(folder).errors
    assert len(errors) == 1 and isinstance(errors[0], ContentError)
    assert "schema.sql: is missing" in str(errors[0])
