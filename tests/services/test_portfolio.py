"""Project write-ups: read from a folder, checked (file and field named), built into a page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mlinterview.errors import ContentError, UserInputError
from mlinterview.services.portfolio import DEEP_DIVE_QUESTIONS, SECTIONS, TEMPLATE, load_projects
from mlinterview.web.portfolio_page import render_portfolio

CHURN = """\
---
title: Predicting subscription churn
summary: Flagged 70% of churners a month ahead at 40% precision.
role: Solo project
year: 2024
tags: [classification, tabular]
links:
  - {title: Code, url: "https://example.org/churn"}
---
## Problem
A streaming service loses subscribers <b>silently</b>.

## Data
Two years of usage logs; labels from cancellations.

## Model
Logistic regression baseline, then LightGBM.

## Evaluation
PR-AUC 0.41 against 0.27 for the baseline.

## What I would do differently
Model time to churn instead of a yes-no label.
"""

SPAM_YAML = """\
schema: 1
title: SMS spam filter
year: 2022
problem: Spam texts reach customers.
data: 5,000 labelled messages.
model: Naive Bayes on word counts.
evaluation: Precision 0.98 at recall 0.90.
differently: Add sender features.
"""


def test_projects_load_newest_first_and_the_page_shows_every_part(tmp_path: Path) -> None:
    (tmp_path / "churn.md").write_text(CHURN)
    (tmp_path / "spam.yaml").write_text(SPAM_YAML)
    (tmp_path / "_draft.md").write_text("not a project yet")
    projects = load_projects(tmp_path)
    assert [p.title for p in projects] == ["Predicting subscription churn", "SMS spam filter"]
    assert projects[0].links[0].url == "https://example.org/churn"
    html = render_portfolio(projects, title="Ana's projects", generated=datetime(2026, 1, 2, tzinfo=UTC))
    for heading in SECTIONS.values():
        assert html.count(f"<h3>{heading}</h3>") == 2
    assert 'id="predicting-subscription-churn"' in html and "PR-AUC 0.41" in html
    assert (
        "<b>silently</b>" not in html and "&lt;b&gt;silently&lt;/b&gt;" in html
    )  # raw HTML is not passed on
    assert "<script" not in html and "Ana&#39;s projects" in html


def test_a_missing_section_or_bad_link_names_file_and_field(tmp_path: Path) -> None:
    (tmp_path / "churn.md").write_text(CHURN.replace("## Evaluation", "## Results"))
    with pytest.raises(ContentError, match=r"churn\.md: has no '## Evaluation' section"):
        load_projects(tmp_path)
    (tmp_path / "churn.md").write_text(CHURN.replace("https://example.org/churn", "javascript:alert(1)"))
    with pytest.raises(ContentError, match=r"links\[0\]\.url: must start with http"):
        load_projects(tmp_path)
    (tmp_path / "churn.md").unlink()
    (tmp_path / "spam.yaml").write_text(SPAM_YAML.replace("data: 5,000 labelled messages.\n", ""))
    with pytest.raises(ContentError, match=r"spam\.yaml: data: is required"):
        load_projects(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UserInputError, match="holds no project files"):
        load_projects(empty)


def test_the_template_is_itself_a_valid_project(tmp_path: Path) -> None:
    (tmp_path / "mine.md").write_text(TEMPLATE)
    (project,) = load_projects(tmp_path)
    assert set(project.sections) == set(SECTIONS) == set(DEEP_DIVE_QUESTIONS)
    assert all(len(qs) >= 3 for qs in DEEP_DIVE_QUESTIONS.values())
