"""Design prompts load, and a broken prompt is refused with its file and field named."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml

from mlinterview.catalog import Catalog
from mlinterview.catalog.design import MIN_POINTS, STAGES, load_prompt
from mlinterview.config import BUILTIN_CONTENT
from mlinterview.errors import ContentError
from mlinterview.services.design import prove

SOURCE = BUILTIN_CONTENT / "design" / "home-feed-ranking"


@pytest.fixture
def prompt_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "design" / "home-feed-ranking"
    shutil.copytree(SOURCE, folder)
    return folder


def edit_rubric(folder: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / "rubric.yaml"
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def error_of(folder: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        load_prompt(folder)
    return caught.value


def test_every_built_in_prompt_loads_and_proves_itself() -> None:
    catalog = Catalog([BUILTIN_CONTENT])
    prompts = catalog.design_prompts()
    assert len(prompts) >= 1
    assert [e for e in catalog.errors if "/design/" in e.path] == []
    for prompt in prompts:
        assert prompt.id.startswith("design-") and prompt.track == "design"
        assert len(prompt.clarify) >= 5 and len(prompt.rubric) >= MIN_POINTS
        assert abs(sum(p.weight for p in prompt.rubric) - 1) < 1e-9
        assert {p.stage for p in prompt.rubric} <= set(STAGES)
        assert prompt.model_diagram.split()[0] in ("flowchart", "graph", "sequenceDiagram")
        assert prove(prompt) == [], prompt.slug


def test_weights_that_do_not_sum_to_one_name_the_file_and_field(prompt_dir: Path) -> None:
    edit_rubric(prompt_dir, lambda d: d["points"][0].update(weight=0.5))
    error = error_of(prompt_dir)
    assert error.path.endswith("rubric.yaml") and error.field == "points"
    assert "sum to" in str(error)


def test_a_point_without_concepts_is_refused(prompt_dir: Path) -> None:
    edit_rubric(prompt_dir, lambda d: d["points"][3].update(concepts=[]))
    error = error_of(prompt_dir)
    assert error.field == "points[3].concepts"


def test_two_points_with_the_same_concepts_are_refused(prompt_dir: Path) -> None:
    def same(d: dict) -> None:  # type: ignore[type-arg]
        d["points"][1]["concepts"] = copy.deepcopy(d["points"][0]["concepts"])  # written out, no alias
        d["points"][1]["need"] = d["points"][0].get("need", 1)

    edit_rubric(prompt_dir, same)
    error = error_of(prompt_dir)
    assert "same concepts" in str(error) and error.path.endswith("rubric.yaml")


def test_unknown_stage_and_bad_regex_are_named(prompt_dir: Path) -> None:
    edit_rubric(prompt_dir, lambda d: d["points"][2].update(stage="vibes"))
    assert error_of(prompt_dir).field == "points[2].stage"
    shutil.copy(SOURCE / "rubric.yaml", prompt_dir / "rubric.yaml")
    edit_rubric(prompt_dir, lambda d: d["points"][2]["concepts"][0].append("re:(unclosed"))
    error = error_of(prompt_dir)
    assert error.field == "points[2].concepts[0]" and "regular expression" in str(error)


def test_too_few_clarifying_questions(prompt_dir: Path) -> None:
    path = prompt_dir / "clarify.yaml"
    data = yaml.safe_load(path.read_text())
    data["questions"] = data["questions"][:4]
    path.write_text(yaml.safe_dump(data))
    error = error_of(prompt_dir)
    assert error.path.endswith("clarify.yaml") and error.field == "questions"


def test_missing_diagram_and_missing_file(prompt_dir: Path) -> None:
    answer = prompt_dir / "model-answer.md"
    answer.write_text(answer.read_text().replace("```mermaid", "```text"))
    assert "mermaid" in str(error_of(prompt_dir))
    (prompt_dir / "mistakes.md").unlink()
    assert error_of(prompt_dir).path.endswith("mistakes.md")


def test_a_newer_schema_is_refused(prompt_dir: Path) -> None:
    path = prompt_dir / "problem.yaml"
    path.write_text(path.read_text().replace("schema: 1", "schema: 2"))
    error = error_of(prompt_dir)
    assert error.field == "schema" and "newer" in str(error)


def test_a_model_answer_that_misses_its_rubric_fails_validation(prompt_dir: Path) -> None:
    answer = prompt_dir / "model-answer.md"
    text = answer.read_text()
    answer.write_text(text.split("## Model choice")[0] + "\n```mermaid\nflowchart LR\n  A --> B\n```\n")
    problems = prove(load_prompt(prompt_dir))
    assert problems and "covers" in problems[0] and "candidate-generation" in problems[0]


def test_a_broken_prompt_does_not_hide_the_others(prompt_dir: Path) -> None:
    broken = prompt_dir.parent / "broken-one"
    shutil.copytree(prompt_dir, broken)
    (broken / "problem.yaml").write_text("schema: 1\nslug: broken-one\n")
    catalog = Catalog([prompt_dir.parent.parent])
    assert [p.slug for p in catalog.design_prompts()] == ["home-feed-ranking"]
    assert any("broken-one" in e.path for e in catalog.errors)
