"""``mli story`` end to end: the story bank from flags and files, coverage, practice."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from test_cli import mli

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from star_answers import STRONG, WE_HEAVY


def test_story_crud_and_coverage(tmp_path: Path) -> None:
    home = tmp_path / "home"
    added = mli(
        "story", "add", "--title", "Halved latency",
        "--situation", "At my last job our ranking was slow.",
        "--task", "My goal was p99 under 100 ms.",
        "--action", "I profiled it. I batched the lookups.",
        "--result", "As a result p99 fell from 180 ms to 85 ms.",
        "-c", "impact-and-metrics", "-n", "180 ms -> 85 ms", "--json",
        home=home,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr + added.stdout
    story = json.loads(added.stdout)
    assert story["id"] == 1 and story["competencies"] == ["impact-and-metrics"]

    md = tmp_path / "mentor.md"
    md.write_text(
        "---\ntitle: Mentored an intern\ncompetencies: [mentoring, collaboration]\n---\n"
        "## Situation\nAn intern joined.\n## Task\nI was asked to mentor her.\n"
        "## Action\nI paired with her.\n## Result\nShe shipped 2 models.\n"
    )
    assert mli("story", "add", "--file", str(md), home=home).returncode == 0
    assert mli("story", "edit", "2", "--title", "Mentored Ana", "-c", "mentoring", home=home).returncode == 0

    listed = json.loads(mli("story", "list", "--json", home=home).stdout)
    assert [(s["id"], s["title"]) for s in listed] == [(1, "Halved latency"), (2, "Mentored Ana")]
    shown = json.loads(mli("story", "show", "2", "--json", home=home).stdout)
    assert shown["competencies"] == ["mentoring"] and shown["result"] == "She shipped 2 models."
    text = mli("story", "show", "1", home=home).stdout
    assert "Situation" in text and "words is short for two minutes" in text

    matrix = {r["competency"]: r for r in json.loads(mli("story", "coverage", "--json", home=home).stdout)}
    assert matrix["mentoring"]["stories"] == [2] and matrix["impact-and-metrics"]["stories"] == [1]
    assert matrix["conflict"]["stories"] == [] and matrix["conflict"]["questions"] >= 4
    table = mli("story", "coverage", home=home).stdout
    assert "no story yet" in table and "2/12 competencies covered" in table

    refused = mli("story", "delete", "2", home=home)
    assert refused.returncode == 2 and "pass --yes" in refused.stdout
    assert mli("story", "delete", "2", "--yes", home=home).returncode == 0
    assert [s["id"] for s in json.loads(mli("story", "list", "--json", home=home).stdout)] == [1]


def test_bad_input_is_named_and_nothing_is_stored(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bad = mli("story", "add", "--title", "x", "--situation", "s", "--task", "t", "--action", "a", home=home)
    assert bad.returncode == 2 and "result: is required" in bad.stdout
    broken = tmp_path / "s.yaml"
    broken.write_text("title: [unclosed\n")
    result = mli("story", "add", "--file", str(broken), home=home)
    assert result.returncode == 2 and "s.yaml" in result.stdout and "not valid YAML" in result.stdout
    assert json.loads(mli("story", "list", "--json", home=home).stdout) == []
    assert "no story with id 9" in mli("story", "show", "9", home=home).stdout


def test_practice_answers_from_a_file_and_from_stdin(tmp_path: Path) -> None:
    home = tmp_path / "home"
    answer = tmp_path / "answer.md"
    answer.write_text(STRONG)
    result = mli(
        "story", "practice", "-q", "impact-cost-saving", "--answer", str(answer), "--json", home=home
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["question"]["id"] == "impact-cost-saving"
    assert all(c["passed"] for c in report["checks"]) and report["rating"] is None

    told = mli("story", "practice", "--competency", "collaboration", home=home, stdin=WE_HEAVY)
    assert told.returncode == 0, told.stdout
    assert "Too much “we”" in told.stdout and "What a strong answer shows" in told.stdout


def test_a_practised_story_is_rated_for_the_review_queue(tmp_path: Path) -> None:
    home = tmp_path / "home"
    md = tmp_path / "s.md"
    md.write_text("---\ntitle: Latency\n---\n" + "\n".join(
        f"## {part}\n{text}" for part, text in zip(
            ("Situation", "Task", "Action", "Result"), STRONG.split("\n\n"), strict=True)
    ))  # fmt: skip
    assert mli("story", "add", "--file", str(md), home=home).returncode == 0
    result = mli("story", "practice", "--story", "1", "-q", "impact-biggest", "--json", home=home, stdin="")
    report = json.loads(result.stdout)
    assert report["story"] == 1 and report["rating"] == 3 and report["words"] >= 220


def test_list_track_behavioral_lists_the_questions(tmp_path: Path) -> None:
    result = mli("list", "--track", "behavioral", "--json", home=tmp_path / "home")
    questions = json.loads(result.stdout)
    assert len(questions) >= 60 and {"id", "competency", "question", "shows", "follow_ups"} <= set(
        questions[0]
    )
    text = mli("story", "questions", "--competency", "why-ml", home=tmp_path / "home").stdout
    assert "Why ML" in text and "why-ml-origin" in text and "Conflict" not in text


def test_portfolio_template_then_build_writes_a_page(tmp_path: Path) -> None:
    home = tmp_path / "home"
    projects = tmp_path / "projects"
    wrote = mli("portfolio", "template", str(projects / "churn.md"), home=home)
    assert wrote.returncode == 0, wrote.stdout
    text = (
        (projects / "churn.md")
        .read_text()
        .replace("Short, concrete title (what the model does)", "Churn model")
    )
    (projects / "churn.md").write_text(text)
    built = mli("portfolio", "build", str(projects), "--title", "My ML work", home=home)
    assert built.returncode == 0, built.stdout + built.stderr
    page = (projects / "index.html").read_text()
    assert "<title>My ML work</title>" in page and "Churn model" in page
    assert "What I would do differently" in page
    asked = json.loads(mli("portfolio", "questions", "--json", home=home).stdout)
    assert set(asked) == {"problem", "data", "model", "evaluation", "differently"}
    (projects / "broken.yaml").write_text("title: Broken\n")
    failed = mli("portfolio", "build", str(projects), home=home)
    assert failed.returncode == 2 and "broken.yaml: problem: is required" in failed.stdout
