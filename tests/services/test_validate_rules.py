"""`mli validate` refuses a pack that breaks a promise: repeated case ids, cases outside the
stated constraints or short of their maxima, complexity feedback without its inputs, a plain
alternative that fails, a reference without headroom under the time limit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.services.context import Context
from mlinterview.services.validate import NEEDS_ALT, ProblemCheck, validate_problem
from mlinterview.services.validate_rules import HEADROOM, headroom_problem


def copy_pack(tmp_path: Path, slug: str = "two-sum", track: str = "dsa") -> Path:
    folder = tmp_path / "content" / track / slug
    shutil.copytree(BUILTIN_CONTENT / track / slug, folder)
    for kind in ("slow", "alt"):  # keeps the runs short; not under test here
        if kind == "alt" and track in NEEDS_ALT:
            continue  # the track requires one
        shutil.rmtree(folder / kind, ignore_errors=True)
    return folder


def prove(ctx: Context, folder: Path) -> ProblemCheck:
    catalog = Catalog([folder.parent.parent])
    ctx.__dict__["catalog"] = catalog
    problem = catalog.get(folder.name)
    assert catalog.errors == []
    return validate_problem(ctx, problem)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_the_unchanged_pack_is_valid(ctx: Context, tmp_path: Path) -> None:
    check = prove(ctx, copy_pack(tmp_path))
    assert check.ok, check.problems


def test_a_hidden_case_repeating_a_generated_id_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    cases = yaml.safe_load((folder / "cases.yaml").read_text())
    cases["hidden"].append({"id": "large-pair-at-end", "args": [[1, 2], 3], "expected": [0, 1]})
    (folder / "cases.yaml").write_text(yaml.safe_dump(cases))
    check = prove(ctx, folder)
    assert any("case id 'large-pair-at-end' is used twice" in p for p in check.problems), check.problems


def test_a_case_beyond_the_stated_constraints_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(folder / "problem.yaml", "nums: {len: 10000,", "nums: {len: 9000,")
    check = prove(ctx, folder)
    assert any("breaks the stated constraints: nums has length 10000 > 9000" in p for p in check.problems)


def test_a_value_beyond_the_stated_range_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(folder / "problem.yaml", "target: {min: -1000000000, max: 1000000000}", "target: {min: -5, max: 5}")
    check = prove(ctx, folder)
    assert any("target holds" in p for p in check.problems), check.problems


def test_a_stated_maximum_no_hidden_case_reaches_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(folder / "problem.yaml", "nums: {len: 10000,", "nums: {len: 20000,")
    check = prove(ctx, folder)
    assert any("no case reaches nums length 20000 (largest: 10000)" in p for p in check.problems)


def test_a_stated_maximum_of_a_single_number_must_be_reached(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(
        folder / "problem.yaml",
        "target: {min: -1000000000, max: 1000000000}",
        "target: {min: -1000000000, max: 2000000000}",
    )
    check = prove(ctx, folder)
    assert any(p.startswith("no case reaches target = 2e+09") for p in check.problems), check.problems


def test_a_dsa_pack_without_constraints_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    text = (folder / "problem.yaml").read_text()
    (folder / "problem.yaml").write_text(text[: text.index("constraints:")])
    check = prove(ctx, folder)
    assert any("states no constraints" in p for p in check.problems), check.problems


def test_an_ml_stats_or_sql_pack_without_an_alternative_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path, "coupon-collector", "stats")
    shutil.rmtree(folder / "alt")
    check = prove(ctx, folder)
    assert "keeps no alt/ solution (a plain correct one, written another way)" in check.problems


def test_a_stats_pack_without_constraints_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path, "coupon-collector", "stats")
    assert prove(ctx, folder).ok
    text = (folder / "problem.yaml").read_text()
    (folder / "problem.yaml").write_text(text[: text.index("constraints:")])
    check = prove(ctx, folder)
    assert any("states no constraints" in p for p in check.problems), check.problems


def test_complexity_without_scale_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(folder / "gen.py", "def scale(n, rng):", "def unused_scale(n, rng):")
    check = prove(ctx, folder)
    assert "declares complexity: but gen.py defines no scale(n, rng)" in check.problems


def test_an_alternative_solution_must_be_accepted(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    (folder / "alt").mkdir()
    shutil.copy(folder / "wrong" / "reuses-same-element.py", folder / "alt" / "plain.py")
    check = prove(ctx, folder)
    assert any(p.startswith("alt/plain.py got wrong_answer, expected accepted") for p in check.problems)


def test_a_plain_alternative_that_passes_is_proven(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    (folder / "alt").mkdir()
    (folder / "alt" / "dictionary.py").write_text(
        "class Solution:\n"
        "    def twoSum(self, nums, target):\n"
        "        seen = {}\n"
        "        for i, x in enumerate(nums):\n"
        "            if target - x in seen:\n"
        "                return [seen[target - x], i]\n"
        "            seen[x] = i\n"
    )
    check = prove(ctx, folder)
    assert check.ok, check.problems
    assert "alt/dictionary.py" in check.times


def test_a_reference_without_headroom_is_refused(ctx: Context, tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    edit(folder / "problem.yaml", "time_s: 15.0", "time_s: 2.0")
    # correct, but sleeps 1.2 s on the largest case: accepted under 2 s, with no headroom
    (folder / "solution.py").write_text(
        "import time\n\n\nclass Solution:\n"
        "    def twoSum(self, nums, target):\n"
        "        if len(nums) == 10000:\n"
        "            time.sleep(1.2)\n"
        "        seen = {}\n"
        "        for i, x in enumerate(nums):\n"
        "            if target - x in seen:\n"
        "                return [seen[target - x], i]\n"
        "            seen[x] = i\n"
    )
    check = prove(ctx, folder)
    assert any("more than 50% of the 2 s limit" in p for p in check.problems), check.problems


@pytest.mark.parametrize(
    ("slowest", "limit", "refused"), [(0.4, 1.0, False), (0.5, 1.0, False), (0.6, 1.0, True)]
)
def test_headroom_rule_is_half_the_limit(tmp_path: Path, slowest: float, limit: float, refused: bool) -> None:
    problem = Catalog([BUILTIN_CONTENT]).get("two-sum")
    problem.time_s = limit
    assert HEADROOM == 0.5
    assert (headroom_problem(problem, slowest) is not None) is refused
