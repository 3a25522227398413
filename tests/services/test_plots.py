"""`mli run --plot`: the learner's answer drawn beside the reference's."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.errors import ContentError, UserInputError
from mlinterview.services.context import Context
from mlinterview.services.plots import save_plot
from mlinterview.services.practice import run_samples

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    "slug",
    [
        "k-means",
        "perceptron",
        "roc-curve-auc",
        "scaled-dot-product-attention",
        "gaussian-mixture-em",
        "adam-optimizer",
    ],
)
def test_pictures_of_reference_answers(ctx: Context, slug: str) -> None:
    problem = ctx.catalog.get(slug)
    judged = run_samples(ctx, problem, problem.solution)
    assert judged.report.is_accepted
    path = save_plot(ctx, problem, judged.report)
    assert path.read_bytes().startswith(PNG) and path.stat().st_size > 10_000
    assert path.parent == ctx.config.home / "plots"


def test_a_failing_answer_still_gets_a_picture(ctx: Context) -> None:
    problem = ctx.catalog.get("k-means")
    path = save_plot(ctx, problem, run_samples(ctx, problem, problem.starter).report)
    assert path.read_bytes().startswith(PNG)


def test_problems_without_a_picture_say_so(ctx: Context) -> None:
    problem = ctx.catalog.get("two-sum")
    with pytest.raises(UserInputError, match="no picture"):
        save_plot(ctx, problem, run_samples(ctx, problem, problem.solution).report)


def test_plot_spec_is_validated(tmp_path: Path) -> None:
    folder = tmp_path / "ml" / "k-means"
    shutil.copytree(BUILTIN_CONTENT / "ml" / "k-means", folder)
    text = (folder / "problem.yaml").read_text().replace("kind: clusters", "kind: pie")
    (folder / "problem.yaml").write_text(text)
    catalog = Catalog([tmp_path])
    catalog.problems()
    assert any("plot.kind" in str(e) and "'pie' is not one of" in str(e) for e in catalog.errors)
    assert isinstance(catalog.errors[0], ContentError)
