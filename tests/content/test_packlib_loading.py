"""How pack code reaches ``packlib``: from any folder, and never through a stale cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.errors import ContentError
from mlinterview.judge import packcode
from mlinterview.judge.pool import WorkerPool
from mlinterview.services.cases import problem_cases

USER = "invert-binary-tree"  # its gen.py imports packlib.trees
BYSTANDER = "two-sum"  # its gen.py imports no helper


def _copy_pack(root: Path, slug: str) -> Path:
    dest = root / "dsa" / slug
    shutil.copytree(BUILTIN_CONTENT / "dsa" / slug, dest)
    return dest


@pytest.fixture
def helpers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An editable copy of the helper package, in force for this test."""
    copy = tmp_path / "_packlib"
    shutil.copytree(packcode.HELPERS, copy)
    monkeypatch.setattr(packcode, "HELPERS", copy)
    return copy


def test_a_copied_folder_outside_the_package_uses_the_helpers(tmp_path: Path) -> None:
    folder = _copy_pack(tmp_path / "my-packs", USER)
    catalog = Catalog([tmp_path / "my-packs"])
    assert [p.slug for p in catalog.problems()] == [USER] and catalog.errors == []
    original = packcode.generated_inputs(BUILTIN_CONTENT / "dsa" / USER / "gen.py")
    assert packcode.generated_inputs(folder / "gen.py") == original


def test_an_edited_helper_renews_the_cases_of_the_packs_that_use_it(
    tmp_path: Path, helpers: Path, pool: WorkerPool
) -> None:
    root, cache_dir = tmp_path / "packs", tmp_path / "data"
    _copy_pack(root, USER)
    _copy_pack(root, BYSTANDER)
    catalog = Catalog([root])
    user, bystander = catalog.get(USER), catalog.get(BYSTANDER)

    def generated(slug: str) -> list[tuple[str, list[object], object]]:
        cases = problem_cases(catalog, catalog.get(slug), pool, cache_dir)
        return [(c.id, c.args, c.expected) for c in cases if c.id not in _written(slug)]

    def _written(slug: str) -> set[str]:
        samples, hidden = catalog.cases(catalog.get(slug))
        return {c["id"] for c in samples + hidden}

    before, bystander_before = generated(USER), generated(BYSTANDER)
    bystander_files = sorted(p.name for p in (cache_dir / "expected").glob(f"{BYSTANDER}-*"))

    # Every new node now takes the newest free slot: the random trees change, their ids do not.
    trees = helpers / "trees.py"
    source = trees.read_text()
    assert source.count("k = rng.randrange(len(slots))") == 1
    trees.write_text(source.replace("k = rng.randrange(len(slots))", "k = len(slots) - 1"))

    after = generated(USER)
    assert [c[0] for c in after] == [c[0] for c in before]
    assert [c[1] for c in after] != [c[1] for c in before], "the cases were served from a stale cache"
    brute = packcode.load(user.file("gen.py"))["brute"]
    for case_id, args, expected in after:  # the answers belong to the new inputs
        assert expected == brute(*args), case_id
    assert generated(BYSTANDER) == bystander_before
    assert packcode.helpers_digest(bystander.file("gen.py")) == ""
    assert sorted(p.name for p in (cache_dir / "expected").glob(f"{BYSTANDER}-*")) == bystander_files


def test_a_broken_helper_is_reported_with_its_file(tmp_path: Path, helpers: Path) -> None:
    (helpers / "grids.py").write_text("def traceable(board, word:\n")
    gen = _copy_pack(tmp_path / "packs", USER) / "gen.py"
    with pytest.raises(ContentError, match=r"_packlib/grids\.py: failed to load: SyntaxError"):
        packcode.load(gen)


def test_an_edited_helper_renews_the_complexity_inputs_too(tmp_path: Path, helpers: Path) -> None:
    from mlinterview.services.growth import scaled_frames

    gen = _copy_pack(tmp_path / "packs", USER) / "gen.py"
    before = scaled_frames(gen)(256)
    trees = helpers / "trees.py"
    trees.write_text(trees.read_text().replace("k = rng.randrange(len(slots))", "k = len(slots) - 1"))
    after = scaled_frames(gen)(256)  # gen.py itself is untouched: same path, same mtime
    assert before is not None and after is not None
    assert after != before, "the complexity check was served inputs made with the old helper"
