"""The rubric grader: coverage with quoted evidence, nothing for nothing, ordered calibration."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlinterview.catalog import Catalog
from mlinterview.catalog.design import DesignPrompt, RubricPoint
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.judge.design_grader import grade, sentences
from mlinterview.services.design import compose, split_sections, template

CALIBRATION = Path(__file__).parent / "calibration"
CATALOG = Catalog([BUILTIN_CONTENT])


def prompt(slug: str) -> DesignPrompt:
    return CATALOG.design(slug)


def test_empty_answer_and_untouched_template_score_zero() -> None:
    for p in CATALOG.design_prompts():
        for text in ("", "   \n\n", template(p)):
            result = grade(text, p.rubric)
            assert result.score == 0 and not any(pt.covered for pt in result.points)


@pytest.mark.parametrize("p", CATALOG.design_prompts(), ids=lambda p: p.slug)
def test_a_keyword_stuffed_line_stays_under_015(p: DesignPrompt) -> None:
    every_phrase = [
        alt for pt in p.rubric for group in pt.concepts for alt in group if not alt.startswith("re:")
    ]
    stuffed = "Design: " + ", ".join(every_phrase) + "."
    assert "\n" not in stuffed
    assert grade(stuffed, p.rubric).score < 0.15
    first_phrases = [group[0] for pt in p.rubric for group in pt.concepts if not group[0].startswith("re:")]
    as_sentences = " ".join(f"We use {a} here." for a in first_phrases[:8])
    assert grade(as_sentences, p.rubric).score < 0.15


def test_a_plausible_one_liner_stays_under_015() -> None:
    line = (
        "Retrieve candidates with a two-tower model and ANN, rank with a multi-task network after a "
        "GBDT baseline, run an A/B test randomised by user, and monitor drift with alerts."
    )
    result = grade(line, prompt("home-feed-ranking").rubric)
    assert 0 < result.score < 0.15


def test_each_covered_point_quotes_the_sentence_that_covered_it() -> None:
    p = prompt("payment-fraud")
    answer = (
        "## Data\n\nMost labels come from chargebacks, which can arrive up to 90 days after the payment.\n\n"
        "## Model\n\nThe analyst rules stay as a baseline and a safety net for the model.\n"
        "A gradient boosted model such as LightGBM is trained on the tabular features.\n"
    )
    result = {pt.id: pt for pt in grade(answer, p.rubric).points}
    assert result["delayed-labels"].covered
    assert result["delayed-labels"].evidence == [
        "Most labels come from chargebacks, which can arrive up to 90 days after the payment."
    ]
    assert result["model-and-rules"].covered and len(result["model-and-rules"].evidence) == 2
    assert not result["velocity-and-graph-features"].covered
    assert result["velocity-and-graph-features"].evidence == []


def point(pid: str, *groups: list[str], need: int = 1, weight: float = 0.5) -> RubricPoint:
    return RubricPoint(pid, "model", weight, "text", tuple(tuple(g) for g in groups), need)


def test_need_two_groups_and_word_boundaries() -> None:
    rubric = [
        point("both", ["ctr", "click-through"], ["calibrat", "re:calibrat"], need=2),
        point("other", ["two tower"]),
    ]
    filler = " ".join(["word"] * 300)
    only_one = grade(f"We predict the CTR of every ad in the auction. {filler}", rubric)
    assert not only_one.points[0].covered
    both = grade(f"We predict the CTR of each ad. The probabilities are calibrated weekly. {filler}", rubric)
    assert both.points[0].covered and len(both.points[0].evidence) == 2
    inside = grade(f"The vectra team owns the towers and the two towerss here. {filler}", rubric)
    assert not any(pt.covered for pt in inside.points)
    dashed = grade(f"Candidates come from a two-tower retrieval model. {filler}", rubric)
    assert dashed.points[1].covered


def test_headings_code_and_short_fragments_are_not_evidence() -> None:
    rubric = [point("a", ["feature store"]), point("b", ["drift"])]
    answer = "## Feature store\n\n```\nfeature store drift\n```\n\n- drift.\n\n" + "padding " * 300
    result = grade(answer, rubric)
    assert not any(pt.covered for pt in result.points)


def test_one_sentence_vouches_for_at_most_three_points() -> None:
    rubric = [point(f"p{i}", [f"alpha{i}"], weight=0.2) for i in range(5)]
    answer = "We use " + ", ".join(f"alpha{i}" for i in range(5)) + " together in the design. " + "x " * 300
    assert sum(pt.covered for pt in grade(answer, rubric).points) == 3


def test_sentence_split_keeps_list_items_apart() -> None:
    text = (
        "Intro line one. Second sentence here.\n- first item\n- second item\n\nNew paragraph (with 3 words)."
    )
    assert sentences(text) == [
        "Intro line one.",
        "Second sentence here.",
        "first item",
        "second item",
        "New paragraph (with 3 words).",
    ]


def test_sections_round_trip_between_web_and_file() -> None:
    sections = {
        "requirements": "Scale is large.",
        "serving": "Cache it.",
        "diagram": "flowchart LR\n  A --> B",
    }
    text = compose(sections)
    assert "```mermaid\nflowchart LR" in text
    assert split_sections(text) == sections


CALIBRATED = sorted(d.name for d in CALIBRATION.iterdir() if d.is_dir())


def test_calibration_covers_at_least_four_prompts() -> None:
    assert len(CALIBRATED) >= 4


@pytest.mark.parametrize("slug", CALIBRATED)
def test_calibration_orders_strong_medium_weak(slug: str) -> None:
    p = prompt(slug)
    scores = {
        level: grade((CALIBRATION / slug / f"{level}.md").read_text(), p.rubric).score
        for level in ("strong", "medium", "weak")
    }
    assert scores["strong"] > scores["medium"] > scores["weak"], scores
    assert scores["strong"] >= 0.8 and scores["weak"] < 0.15, scores
