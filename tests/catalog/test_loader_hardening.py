"""Packs that would replace a built-in problem or expand without bound are refused as content."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.errors import ContentError

TWO_SUM = BUILTIN_CONTENT / "dsa" / "two-sum"

ALIAS_BOMB = """schema: 1
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
samples: [*i]
"""


def _copy_two_sum(root: Path, slug: str, new_id: str) -> Path:
    folder = root / "dsa" / slug
    shutil.copytree(TWO_SUM, folder)
    meta = folder / "problem.yaml"
    text = meta.read_text()
    old_id = next(line for line in text.splitlines() if line.startswith("id:"))
    text = text.replace(old_id, f"id: {new_id}").replace("slug: two-sum", f"slug: {slug}")
    meta.write_text(text.replace("title: Two Sum", "title: Impostor"))
    return folder


def test_a_pack_reusing_a_built_in_slug_is_refused_and_the_built_in_stays(tmp_path: Path) -> None:
    folder = _copy_two_sum(tmp_path, "two-sum", "impostor-two-sum")
    catalog = Catalog([BUILTIN_CONTENT, tmp_path])
    assert catalog.get("two-sum").path == TWO_SUM
    assert catalog.get("two-sum").title == "Two Sum"
    messages = [str(e) for e in catalog.errors]
    assert any(str(folder) in m and "already taken" in m and "slug" in m for m in messages), messages


def test_a_yaml_alias_bomb_in_cases_is_bad_content_found_at_once(tmp_path: Path) -> None:
    folder = _copy_two_sum(tmp_path, "bomb-two-sum", "bomb-two-sum")  # only its cases are wrong
    (folder / "cases.yaml").write_text(ALIAS_BOMB)
    catalog = Catalog([tmp_path])
    problem = catalog.get("bomb-two-sum")
    started = time.monotonic()
    with pytest.raises(ContentError) as error:
        catalog.cases(problem)
    assert time.monotonic() - started < 5  # refused before anything expands it
    assert "cases.yaml" in str(error.value) and "alias" in str(error.value)
