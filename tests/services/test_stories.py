"""The story bank, its coverage matrix, the coach's feedback and stories in the review queue."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from star_answers import NO_NUMBER, STRONG, WE_HEAVY

from mlinterview.config import Config
from mlinterview.errors import ContentError, UserInputError
from mlinterview.services.context import Context
from mlinterview.services.review import today
from mlinterview.services.stories import (
    add_story,
    check_story,
    coverage,
    due_stories,
    edit_story,
    get_story,
    list_stories,
    read_story_file,
)
from mlinterview.services.story_practice import MAX_WORDS, MIN_WORDS, draw_question, feedback, tell_story


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clocked(home: Path) -> Iterator[tuple[Context, Clock]]:
    clock = Clock()
    context = Context(Config.from_env(), workers=1, clock=clock)
    yield context, clock
    context.close()


LATENCY = {
    "title": "Halved ranking latency",
    "situation": "At my last job our search ranking was too slow for the app.",
    "task": "My goal was p99 under 100 ms in three weeks.",
    "action": "I profiled the service. I batched the feature lookups.",
    "result": "As a result p99 fell from 180 ms to 85 ms.",
    "competencies": ["impact-and-metrics", "tight-deadlines"],
    "numbers": ["p99 180 ms -> 85 ms"],
}


def test_add_edit_list_and_coverage(clocked: tuple[Context, Clock]) -> None:
    ctx, _ = clocked
    before = {r.competency: r.is_covered for r in coverage(ctx)}
    assert not any(before.values())
    story = add_story(ctx, check_story(LATENCY))
    assert get_story(ctx, story.id).numbers == ["p99 180 ms -> 85 ms"]
    edited = edit_story(ctx, story.id, {"competencies": ["mentoring"], "title": "Latency, again"})
    assert edited.title == "Latency, again" and edited.result == LATENCY["result"]
    rows = {r.competency: r for r in coverage(ctx)}
    assert [s.id for s in rows["mentoring"].stories] == [story.id]
    assert not rows["impact-and-metrics"].is_covered and rows["conflict"].questions >= 4
    assert [s.title for s in list_stories(ctx, "mentoring")] == ["Latency, again"]
    assert list_stories(ctx, "conflict") == []


def test_a_story_missing_a_part_or_with_an_unknown_competency_is_refused(
    clocked: tuple[Context, Clock],
) -> None:
    with pytest.raises(UserInputError, match="result: is required"):
        check_story({**LATENCY, "result": "  "})
    with pytest.raises(UserInputError, match="competencies: 'bravery'"):
        check_story({**LATENCY, "competencies": ["bravery"]})
    with pytest.raises(UserInputError, match="title: is 201 characters"):
        check_story({**LATENCY, "title": "x" * 201})
    ctx, _ = clocked
    with pytest.raises(UserInputError, match="no story with id 7"):
        edit_story(ctx, 7, {"title": "x"})


def test_story_files_in_markdown_and_yaml(tmp_path: Path) -> None:
    md = tmp_path / "story.md"
    md.write_text(
        "---\nschema: 1\ntitle: Mentored an intern\ncompetencies: [mentoring]\nnumbers: ['2 papers']\n---\n"
        "## Situation\nAn intern joined.\n\n## Task\nI was asked to mentor her.\n\n"
        "## Action\nI paired with her.\n\n## Result\nShe shipped 2 models.\n"
    )
    story = check_story(read_story_file(md), str(md))
    assert story.task == "I was asked to mentor her." and story.competencies == ["mentoring"]
    yml = tmp_path / "story.yaml"
    yml.write_text("schema: 1\ntitle: T\nsituation: S\ntask: T\naction: A\nresult: R\nmood: happy\n")
    with pytest.raises(ContentError, match=r"story\.yaml: mood: unknown field"):
        read_story_file(yml)
    yml.write_text("schema: 2\ntitle: T\n")
    with pytest.raises(ContentError, match="schema: schema 2 is newer"):
        read_story_file(yml)
    md.write_text("---\ntitle: T\n---\nno headings here\n")
    with pytest.raises(ContentError, match="has no '## Situation'"):
        read_story_file(md)


def test_a_strong_star_answer_passes_every_check() -> None:
    result = feedback(STRONG)
    assert {c.id: c.passed for c in result.checks} == {
        "star": True,
        "number": True,
        "i-not-we": True,
        "length": True,
    }
    assert "180 ms to 85 ms" in (result.number_sentence or "")
    assert MIN_WORDS <= result.words <= MAX_WORDS


def test_a_we_heavy_answer_is_told_to_say_i() -> None:
    result = feedback(WE_HEAVY)
    checks = {c.id: c for c in result.checks}
    assert not checks["i-not-we"].passed and "Too much “we”" in checks["i-not-we"].message
    assert result.we_count > result.i_count
    assert any(s.startswith("We proposed batching") for s in result.rewrite)
    assert checks["number"].passed and checks["length"].passed


def test_an_answer_without_a_number_is_told_so() -> None:
    checks = {c.id: c for c in feedback(NO_NUMBER).checks}
    assert not checks["number"].passed and "no number" in checks["number"].message
    assert checks["star"].passed and checks["i-not-we"].passed and checks["length"].passed


def test_length_and_missing_parts_are_named() -> None:
    short = feedback("I built a model. I trained it.")
    checks = {c.id: c for c in short.checks}
    assert not checks["length"].passed and "short" in checks["length"].message
    assert "situation" in checks["star"].message and "result" in checks["star"].message
    long = feedback(STRONG + " " + STRONG)
    assert "runs past two minutes" in {c.id: c for c in long.checks}["length"].message
    labelled = feedback("Situation: a launch.\nTask: ship it.\nAction: done.\nResult: it shipped.")
    assert all(labelled.parts.values())


def test_questions_are_drawn_within_a_competency() -> None:
    ctx = Context(Config.from_env({"MLINTERVIEW_HOME": "/nonexistent"}))
    drawn = {draw_question(ctx, "mentoring", rng=random.Random(i)).competency for i in range(10)}
    assert drawn == {"mentoring"}
    assert draw_question(ctx, question_id="company-why-us").competency == "why-this-company"
    with pytest.raises(UserInputError, match="no competency 'bravery'"):
        draw_question(ctx, "bravery")


def test_a_told_story_comes_back_in_the_review_queue(clocked: tuple[Context, Clock]) -> None:
    ctx, clock = clocked
    story = add_story(ctx, check_story(LATENCY))
    _, result, rating = tell_story(ctx, story.id, STRONG)
    assert result.is_strong and rating == 3
    assert due_stories(ctx) == []
    item = ctx.store.review_item(f"story:{story.id}")
    assert item is not None and item["due"] >= clock.now + timedelta(days=1)
    clock.now = item["due"] + timedelta(minutes=1)
    assert [s.id for s, _ in due_stories(ctx)] == [story.id]
    assert any(i.kind == "story" and story.title in i.title for i in today(ctx).items)
    _, weak, weak_rating = tell_story(ctx, story.id, WE_HEAVY)
    assert weak_rating == 1 and not weak.is_strong  # two checks missed: Again


def test_the_coach_reads_common_ways_of_telling_a_story() -> None:
    answer = (
        "Two years ago, as a data scientist at a bank, I inherited a credit model nobody trusted. "
        "My aim was to make its decisions explainable before an audit. "
        "I interviewed the risk officers. I replaced the black-box features with monotonic ones. "
        "I wrote a one-page explanation for each decision type. "
        "The audit passed without findings. Approval time dropped 40% in the following quarter."
    )
    result = feedback(answer)
    assert all(result.parts.values()), result.parts
    assert {c.id: c.passed for c in result.checks}["number"]
    assert "40%" in (result.number_sentence or "")
    situation_number_only = feedback(answer.replace("dropped 40%", "dropped a lot"))
    assert not {c.id: c.passed for c in situation_number_only.checks}["number"]


def test_deleting_a_story_removes_it_from_the_queue(clocked: tuple[Context, Clock]) -> None:
    from mlinterview.services.stories import delete_story

    ctx, _ = clocked
    story = add_story(ctx, check_story(LATENCY))
    tell_story(ctx, story.id, STRONG)
    assert ctx.store.review_item(story.item_id) is not None
    delete_story(ctx, story.id)
    assert ctx.store.review_item(story.item_id) is None and list_stories(ctx) == []
    with pytest.raises(UserInputError):
        delete_story(ctx, story.id)
