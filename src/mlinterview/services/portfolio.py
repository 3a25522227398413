"""Project deep dives: the write-up template, the questions interviewers ask about a project,
and reading a folder of project write-ups for ``mli portfolio build``.

A project is one file in the folder: Markdown with YAML front matter, or YAML. Front matter
(or YAML keys): ``title`` (required), ``summary``, ``role``, ``year``, ``tags``, ``links``
(a list of ``{title, url}``), ``schema: 1``. The body has five sections, each a ``##``
heading: Problem, Data, Model, Evaluation, What I would do differently. In YAML the sections
are the keys ``problem``, ``data``, ``model``, ``evaluation``, ``differently``. Every mistake
names the file and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from mlinterview.errors import ContentError, UserInputError

SECTIONS = {
    "problem": "Problem",
    "data": "Data",
    "model": "Model",
    "evaluation": "Evaluation",
    "differently": "What I would do differently",
}
MAX_FILE_BYTES = 100_000
MAX_PROJECTS = 200
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.S)
_HEADING = re.compile(r"^##\s+(.+?)\s*$", re.M)
_SLUG = re.compile(r"[^a-z0-9]+")
_ALIASES = {
    "problem": "problem",
    "data": "data",
    "model": "model",
    "evaluation": "evaluation",
    "what i would do differently": "differently",
    "what i'd do differently": "differently",
    "differently": "differently",
}

# What an interviewer asks about each part of a project, in the order they usually come.
DEEP_DIVE_QUESTIONS: dict[str, tuple[str, ...]] = {
    "problem": (
        "Why did this problem matter, and to whom? What decision did the model change?",
        "How was it solved before, and why was ML needed at all?",
        "What was your own part, as opposed to the team's?",
    ),
    "data": (
        "Where did the labels come from, and how noisy or biased were they?",
        "How did you split training, validation and test data, and could anything leak?",
        "How much data did you have, and would more have helped? How do you know?",
    ),
    "model": (
        "Why this model rather than a simpler baseline? What did the baseline score?",
        "What did you try that did not work, and why not?",
        "Which features or inputs mattered most, and how did you find out?",
    ),
    "evaluation": (
        "Which metric did you use, and why does it reflect the goal?",
        "Where does the model fail? Which slice or segment is worst?",
        "Was it tested with real users or in production? What happened?",
    ),
    "differently": (
        "What would you do with twice the time, or with half of it?",
        "What would break if the data grew a hundred times?",
        "What did this project teach you that you used later?",
    ),
}

TEMPLATE = """\
---
schema: 1
title: Short, concrete title (what the model does)
summary: One sentence a recruiter understands, with the result in a number.
role: What you did (solo project, or your part of a team)
year: 2025
tags: [classification, nlp]
links:
  - {title: Code, url: "https://example.org/your-repo"}
---
## Problem

Who has the problem, why it matters, how it was handled before, and what success means
(the metric and the target).

## Data

Where the data and labels come from, how much there is, what was wrong with it and how you
cleaned it, and how you split it without leakage.

## Model

The baseline and its score, the model you chose and why, what you tried that did not work.

## Evaluation

The metric, the test set, the result against the baseline in numbers, where the model fails,
and any test with real users.

## What I would do differently

What you would change with what you know now, what would break at a larger scale, what you
learned.
"""


@dataclass
class Link:
    title: str
    url: str


@dataclass
class Project:
    slug: str
    title: str
    sections: dict[str, str]  # problem/data/model/evaluation/differently -> Markdown
    summary: str = ""
    role: str = ""
    year: str = ""
    tags: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    source: str = ""


def load_projects(folder: Path) -> list[Project]:
    """Every ``*.md``, ``*.yaml`` and ``*.yml`` file of ``folder``, ordered by year (newest
    first), then title. Files whose name starts with ``_`` or ``.`` are skipped (drafts)."""
    if not folder.is_dir():
        raise UserInputError(f"{folder} is not a folder of project files")
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in (".md", ".yaml", ".yml") and not p.name.startswith(("_", "."))
    )
    files = [p for p in files if p.name.lower() not in ("readme.md", "index.md")]
    if not files:
        raise UserInputError(
            f"{folder} holds no project files (*.md or *.yaml); see `mli portfolio template`"
        )
    if len(files) > MAX_PROJECTS:
        raise UserInputError(f"{folder} holds {len(files)} project files; at most {MAX_PROJECTS}")
    projects = [read_project(p) for p in files]
    slugs: dict[str, str] = {}
    for project in projects:
        if project.slug in slugs:
            raise ContentError(project.source, f"has the same title as {slugs[project.slug]}", "title")
        slugs[project.slug] = project.source
    return sorted(projects, key=lambda p: (-_year(p.year), p.title.lower()))


def _year(value: str) -> int:
    match = re.search(r"\d{4}", value)
    return int(match.group(0)) if match else 0


def read_project(path: Path) -> Project:
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise ContentError(path, f"is {len(raw)} bytes; a project file holds at most {MAX_FILE_BYTES}")
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() == ".md":
        match = _FRONT.match(text)
        if not match:
            raise ContentError(path, "must start with YAML front matter between --- lines (title, ...)")
        meta = _mapping(path, match.group(1))
        sections = _sections(path, match.group(2))
    else:
        meta = _mapping(path, text)
        sections = {key: meta.pop(key) for key in list(SECTIONS) if key in meta}
        for key, value in sections.items():
            if not isinstance(value, str):
                raise ContentError(path, "must be text (Markdown)", key)
    version = meta.pop("schema", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ContentError(path, "must be 1", "schema")
    if version > 1:
        raise ContentError(path, f"schema {version} is newer than this mlinterview understands (1)", "schema")
    allowed = {"title", "summary", "role", "year", "tags", "links"}
    unknown = sorted(set(meta) - allowed)
    if unknown:
        raise ContentError(path, f"unknown field (allowed: {', '.join(sorted(allowed))})", unknown[0])
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ContentError(path, "is required (a short title)", "title")
    missing = [k for k in SECTIONS if not (sections.get(k) or "").strip()]
    if missing and path.suffix.lower() == ".md":
        raise ContentError(
            path, f"has no '## {SECTIONS[missing[0]]}' section (needed: {', '.join(SECTIONS.values())})"
        )
    if missing:
        raise ContentError(path, f"is required ({SECTIONS[missing[0]]})", missing[0])
    for key in ("summary", "role"):
        if not isinstance(meta.get(key, ""), str):
            raise ContentError(path, "must be text", key)
    tags = meta.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ContentError(path, "must be a list of words", "tags")
    return Project(
        slug=_SLUG.sub("-", title.lower()).strip("-") or path.stem,
        title=title.strip(),
        sections={k: sections[k].strip() for k in SECTIONS},
        summary=str(meta.get("summary") or "").strip(),
        role=str(meta.get("role") or "").strip(),
        year=str(meta.get("year") or "").strip(),
        tags=[t.strip() for t in tags if t.strip()],
        links=_links(path, meta.get("links")),
        source=str(path),
    )


def _mapping(path: Path, text: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else None
        raise ContentError(path, f"is not valid YAML: {getattr(exc, 'problem', exc)}", where) from None
    if not isinstance(data, dict):
        raise ContentError(path, "expected a mapping of fields")
    return data


def _sections(path: Path, body: str) -> dict[str, str]:
    found = list(_HEADING.finditer(body))
    out: dict[str, str] = {}
    for i, match in enumerate(found):
        name = _ALIASES.get(match.group(1).strip().lower().rstrip(":"))
        if name is None:
            continue  # other headings stay inside the section above them
        later = [m for m in found[i + 1 :] if _ALIASES.get(m.group(1).strip().lower().rstrip(":"))]
        end = later[0].start() if later else len(body)
        if name in out:
            raise ContentError(path, f"has two '## {SECTIONS[name]}' sections", name)
        out[name] = body[match.end() : end]
    return out


def _links(path: Path, value: Any) -> list[Link]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ContentError(path, "must be a list of {title, url}", "links")
    links = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            raise ContentError(path, "must have a url", f"links[{i}]")
        url = item["url"].strip()
        if urlsplit(url).scheme not in ("http", "https"):
            raise ContentError(path, "must start with http:// or https://", f"links[{i}].url")
        links.append(Link(str(item.get("title") or url).strip(), url))
    return links
