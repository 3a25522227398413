"""What a problem is, once its folder has been read and checked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

TRACKS = {
    "dsa": "General coding",
    "ml": "ML coding",
    "stats": "Statistics",
    "sql": "SQL",
    "libraries": "Libraries",
}
DIFFICULTIES = ("easy", "medium", "hard")
PATTERNS = (
    "arrays-hashing",
    "two-pointers",
    "sliding-window",
    "stack",
    "binary-search",
    "linked-list",
    "trees",
    "tries",
    "heap",
    "backtracking",
    "graphs",
    "advanced-graphs",
    "1d-dp",
    "2d-dp",
    "greedy",
    "intervals",
    "math-geometry",
    "bit-manipulation",
)
PATTERN_TITLES = {
    "arrays-hashing": "Arrays & Hashing",
    "two-pointers": "Two Pointers",
    "sliding-window": "Sliding Window",
    "stack": "Stack",
    "binary-search": "Binary Search",
    "linked-list": "Linked List",
    "trees": "Trees",
    "tries": "Tries",
    "heap": "Heap / Priority Queue",
    "backtracking": "Backtracking",
    "graphs": "Graphs",
    "advanced-graphs": "Advanced Graphs",
    "1d-dp": "1-D Dynamic Programming",
    "2d-dp": "2-D Dynamic Programming",
    "greedy": "Greedy",
    "intervals": "Intervals",
    "math-geometry": "Math & Geometry",
    "bit-manipulation": "Bit Manipulation",
}


@dataclass(frozen=True)
class Hints:
    hints: tuple[str, ...]
    follow_ups: tuple[str, ...]


@dataclass
class Problem:
    id: str
    slug: str
    title: str
    track: str
    difficulty: str
    topics: list[str]
    entry: dict[str, Any]
    path: Path
    pattern: str | None = None
    leetcode: int | None = None
    time_s: float = 2.0
    memory_mb: int = 256
    output_kb: int = 1024
    checker: str = "exact"
    checker_options: dict[str, Any] = field(default_factory=dict)
    complexity: dict[str, str] | None = None
    forbidden: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # track-specific fields

    def file(self, name: str) -> Path:
        return self.path / name

    def read(self, name: str) -> str:
        return self.file(name).read_text(encoding="utf-8")

    @property
    def statement(self) -> str:
        return self.read("statement.md")

    @property
    def editorial(self) -> str:
        return self.read("editorial.md")

    @property
    def worker_kind(self) -> str:
        """The judge's worker kind this problem's code runs on (judge/pool.py ``KINDS``)."""
        return "libs" if self.track == "libraries" else "python"

    @property
    def language(self) -> str:
        return "sql" if self.track == "sql" else "python"

    @property
    def suffix(self) -> str:
        return ".sql" if self.track == "sql" else ".py"

    @property
    def starter(self) -> str:
        return self.read("starter" + self.suffix)

    @property
    def solution(self) -> str:
        return self.read("solution" + self.suffix)

    @cached_property
    def hints(self) -> Hints:
        return parse_hints(self.read("hints.md"))

    def solutions_in(self, folder: str) -> list[Path]:
        base = self.path / folder
        return sorted(base.glob("*" + self.suffix)) if base.is_dir() else []

    @property
    def has_generator(self) -> bool:
        return self.file("gen.py").is_file()


_HEADING = re.compile(r"^##\s+(.*)$", re.MULTILINE)


def parse_hints(text: str) -> Hints:
    """``## Hint N`` sections in order, then an optional ``## Follow-up questions`` list."""
    parts = _HEADING.split(text)
    hints: list[str] = []
    follow_ups: list[str] = []
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        body = body.strip()
        if title.lower().startswith("follow"):
            follow_ups = [line.lstrip("-* ").strip() for line in body.splitlines() if line.strip()]
        elif body:
            hints.append(body)
    return Hints(tuple(hints), tuple(follow_ups))
