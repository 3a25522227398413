"""Finding and loading packs: one folder per problem under ``content/<track>/``.

A broken folder does not hide the others: it is recorded in :attr:`Catalog.errors`, which
``mli validate`` reports and the other commands mention.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, TypeVar

import yaml

from mlinterview.catalog.behavioral import BehavioralQuestion
from mlinterview.catalog.cards import FlashCard
from mlinterview.catalog.design import DesignPrompt
from mlinterview.catalog.problem import PATTERNS, TRACKS, Problem
from mlinterview.catalog.schema import cases_from_yaml, problem_from_yaml
from mlinterview.errors import ContentError, UserInputError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Item = TypeVar("_Item", Problem, DesignPrompt)


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_Loader)
    except FileNotFoundError:
        raise ContentError(path, "is missing") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else None
        raise ContentError(path, f"is not valid YAML: {getattr(exc, 'problem', exc)}", where) from None
    _refuse_shared_values(path, data)
    return data


def _refuse_shared_values(path: Path, data: Any) -> None:
    """Refuse a list or mapping that appears twice: only a YAML alias (``*name``) makes one.

    Nine lines of aliases can stand for a billion values ("an alias bomb"), which every later
    walk (validation, hashing, JSON) would expand. Content files write their values out in full,
    so an alias to a collection is refused here, where the walk still visits each node once.
    """
    seen: set[int] = set()
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list | dict):
            if id(value) in seen:
                raise ContentError(
                    path, "repeats a list or mapping through a YAML alias (*name); write it out in full"
                )
            seen.add(id(value))
            stack.extend(value.values() if isinstance(value, dict) else value)


class Catalog:
    def __init__(self, roots: tuple[Path, ...] | list[Path]) -> None:
        self.roots = [Path(r) for r in roots]
        self.errors: list[ContentError] = []
        self._problems: dict[str, Problem] | None = None
        self._cards: list[FlashCard] | None = None
        self._designs: dict[str, DesignPrompt] | None = None
        self._behavioral: list[BehavioralQuestion] | None = None

    def _load(self) -> dict[str, Problem]:
        if self._problems is not None:
            return self._problems
        problems: dict[str, Problem] = {}
        ids: dict[str, Path] = {}
        for root in self.roots:
            for track in TRACKS:
                base = root / track
                if not base.is_dir():
                    continue
                for folder in sorted(
                    p for p in base.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))
                ):
                    try:
                        problem = self._load_folder(track, folder)
                    except ContentError as exc:
                        self.errors.append(exc)
                        continue
                    if problem.id in ids and ids[problem.id] != folder:
                        self.errors.append(
                            ContentError(
                                folder / "problem.yaml",
                                f"id {problem.id!r} is already used by {ids[problem.id]}",
                                "id",
                            )
                        )
                        continue
                    if problem.slug in problems and problems[problem.slug].path != folder:
                        self.errors.append(
                            ContentError(
                                folder / "problem.yaml",
                                f"slug {problem.slug!r} is already taken by "
                                f"{problems[problem.slug].path}; rename the folder and its slug",
                                "slug",
                            )
                        )
                        continue
                    ids[problem.id] = folder
                    problems[problem.slug] = problem
        self._problems = problems
        return problems

    def _load_folder(self, track: str, folder: Path) -> Problem:
        if track == "sql":
            from mlinterview.catalog.sqlpack import sql_problem_from_yaml

            return sql_problem_from_yaml(folder, read_yaml(folder / "problem.yaml"))
        problem = problem_from_yaml(folder, read_yaml(folder / "problem.yaml"))
        if problem.track != track:
            raise ContentError(
                folder / "problem.yaml",
                f"track is {problem.track!r} but the folder is under {track}/",
                "track",
            )
        return problem

    def problems(self, track: str | None = None) -> list[Problem]:
        items = [p for p in self._load().values() if track is None or p.track == track]
        return sorted(items, key=sort_key)

    def get(self, name: str) -> Problem:
        return self._find(self._load(), name, what="problem", folder="", listed_by="mli list")

    def _find(self, items: dict[str, _Item], name: str, *, what: str, folder: str, listed_by: str) -> _Item:
        """The item whose slug or id is ``name``; else an error that says why it cannot be
        loaded (a broken folder of that name) or names close matches."""
        if name in items:
            return items[name]
        for item in items.values():
            if item.id == name:
                return item
        for error in self.errors:
            if f"{folder}/{name}/" in error.path.replace("\\", "/"):
                raise UserInputError(f"{name} cannot be loaded: {error}")
        close = difflib.get_close_matches(name, list(items), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else f" See `{listed_by}`."
        raise UserInputError(f"no {what} called {name!r}.{hint}")

    def flashcards(self) -> list[FlashCard]:
        if self._cards is None:
            from mlinterview.catalog.cards import load_all

            self._cards, card_errors = load_all(self.roots)
            self.errors.extend(card_errors)
        return self._cards

    def design_prompts(self) -> list[DesignPrompt]:
        """The ML system design prompts (track design), by slug; broken folders go to ``errors``."""
        if self._designs is None:
            from mlinterview.catalog.design import load_all as load_designs

            self._designs, design_errors = load_designs(self.roots)
            self.errors.extend(design_errors)
        return sorted(self._designs.values(), key=lambda d: d.slug)

    def design(self, name: str) -> DesignPrompt:
        """A design prompt by slug or id, or a clear error with close matches."""
        self.design_prompts()
        assert self._designs is not None
        return self._find(
            self._designs, name, what="design prompt", folder="/design", listed_by="mli list --track design"
        )

    def is_design(self, name: str) -> bool:
        self.design_prompts()
        assert self._designs is not None
        return name in self._designs or any(d.id == name for d in self._designs.values())

    def behavioral_questions(self) -> list[BehavioralQuestion]:
        if self._behavioral is None:
            from mlinterview.catalog.behavioral import load_all as load_questions

            self._behavioral, question_errors = load_questions(self.roots)
            self.errors.extend(question_errors)
        return self._behavioral

    def cases(self, problem: Problem) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        path = problem.file("cases.yaml")
        return cases_from_yaml(path, read_yaml(path), problem)


def sort_key(problem: Problem) -> tuple[Any, ...]:
    track_order = list(TRACKS).index(problem.track) if problem.track in TRACKS else 99
    pattern_order = PATTERNS.index(problem.pattern) if problem.pattern in PATTERNS else 99
    return (track_order, pattern_order, problem.slug)
