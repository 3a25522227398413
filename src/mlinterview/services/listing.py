"""The problem listing, one rule for every interface: problems in study order (the roadmap for
tracks with patterns), filtered and sorted, with each one's status; and what to solve next."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from mlinterview.catalog import Problem
from mlinterview.catalog.problem import PATTERNS
from mlinterview.services.context import Context
from mlinterview.wording import pattern_title, track_title

STATUSES = ("solved", "attempted", "todo")
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
NEW_WORK_TRACKS = ("dsa", "ml", "stats", "sql", "libraries")  # the tracks "next up" picks new problems from


def roadmap(problems: list[Problem]) -> list[Problem]:
    """Problems in study order: pattern by pattern, easy before hard within a pattern."""
    return sorted(
        problems,
        key=lambda p: (
            PATTERNS.index(p.pattern) if p.pattern in PATTERNS else 99,
            DIFFICULTY_ORDER.get(p.difficulty, 3),
            p.slug,
        ),
    )


def study_order(problems: list[Problem]) -> list[Problem]:
    """The one study order of a track's problems: the roadmap when the track has patterns, the
    catalog's order otherwise."""
    return roadmap(problems) if any(p.pattern in PATTERNS for p in problems) else problems


def unsolved_in_study_order(ctx: Context, status: dict[str, str] | None = None) -> dict[str, list[Problem]]:
    """What to solve next, the one rule for every screen: per track of new work, the problems
    not solved yet, in study order."""
    status = ctx.store.status_by_problem() if status is None else status
    return {
        track: [p for p in study_order(ctx.catalog.problems(track)) if status.get(p.id) != "solved"]
        for track in NEW_WORK_TRACKS
    }


@dataclass
class ProblemRow:
    problem: Problem
    status: str  # solved | attempted | todo


@dataclass
class Facet:
    value: str
    title: str
    count: int


@dataclass
class PatternProgress:
    value: str
    title: str
    solved: int
    total: int


@dataclass
class ProblemListing:
    rows: list[ProblemRow]
    tracks: list[Facet]  # every track in the catalog, with its problem count
    difficulties: list[str]
    topics: list[Facet]  # patterns first (roadmap order), then topics, within the chosen track
    total: int  # problems in the chosen track before the other filters
    solved: int  # solved among the rows shown
    patterns: list[PatternProgress] = field(default_factory=list)  # within the chosen track


SORTS = {"roadmap": "Study order", "title": "Title", "difficulty": "Difficulty", "status": "Status"}
_STATUS_ORDER = {"attempted": 0, "todo": 1, "solved": 2}


def matches(problem: Problem, query: str) -> bool:
    """Every word of ``query`` is in the title, slug, a topic or the pattern (by slug or name):
    "hash" finds hash-table problems and the Arrays & Hashing pattern."""
    haystack = " ".join(
        [problem.title, problem.slug, *problem.topics, problem.pattern or "", pattern_title(problem.pattern)]
    ).lower()
    return all(word in haystack for word in query.lower().split())


def list_problems(
    ctx: Context,
    *,
    track: str | None = None,
    difficulty: str | None = None,
    topic: str | None = None,
    status: str | None = None,
    query: str | None = None,
    sort: str | None = None,
) -> ProblemListing:
    """Problems in study order (the roadmap for tracks with patterns), filtered, or sorted by
    ``sort`` (one of :data:`SORTS`)."""
    everything = ctx.catalog.problems()
    statuses = ctx.store.status_by_problem()
    by_track: dict[str, list[Problem]] = {}
    for p in everything:
        by_track.setdefault(p.track, []).append(p)
    tracks = [Facet(t, track_title(t), len(ps)) for t, ps in by_track.items()]
    scope = by_track.get(track, []) if track else everything
    topics = _topic_facets(scope)
    problems = scope
    if difficulty:
        problems = [p for p in problems if p.difficulty == difficulty]
    if topic:
        problems = [p for p in problems if _has_topic(p, topic)]
    if status:
        problems = [p for p in problems if statuses.get(p.id, "todo") == status]
    if query:
        problems = [p for p in problems if matches(p, query)]
    ordered: list[Problem] = []
    for t in by_track:
        in_track = [p for p in problems if p.track == t]
        ordered += study_order(in_track)
    rows = [ProblemRow(p, statuses.get(p.id, "todo")) for p in ordered]
    if query and not sort:  # title matches first, then topic and pattern matches
        words = query.lower().split()
        rows.sort(key=lambda r: not all(w in f"{r.problem.title} {r.problem.slug}".lower() for w in words))
    if sort == "title":
        rows.sort(key=lambda r: r.problem.title.lower())
    elif sort == "difficulty":
        rows.sort(key=lambda r: DIFFICULTY_ORDER.get(r.problem.difficulty, 9))
    elif sort == "status":
        rows.sort(key=lambda r: _STATUS_ORDER.get(r.status, 9))
    difficulties = sorted({p.difficulty for p in scope}, key=lambda d: DIFFICULTY_ORDER.get(d, 9))
    patterns = []
    for f in topics:
        if f.value in PATTERNS:  # counted as the topic filter counts: the pattern, or tagged with it
            members = [p for p in scope if _has_topic(p, f.value)]
            solved = sum(statuses.get(p.id) == "solved" for p in members)
            patterns.append(PatternProgress(f.value, f.title, solved, len(members)))
    return ProblemListing(
        rows, tracks, difficulties, topics, len(scope), sum(r.status == "solved" for r in rows), patterns
    )


def _has_topic(problem: Problem, topic: str) -> bool:
    return topic in problem.topics or problem.pattern == topic


def pick_problem(listing: ProblemListing, rng: random.Random | None = None) -> Problem | None:
    """ "Pick one for me": a random problem among those listed that is not solved yet; a solved
    one only when everything listed is solved."""
    rng = rng or random.Random()
    for wanted in (("attempted", "todo"), ("solved",)):
        rows = [r for r in listing.rows if r.status in wanted]
        if rows:
            return rng.choice(rows).problem
    return None


def _topic_facets(problems: list[Problem]) -> list[Facet]:
    patterns = Counter(p.pattern for p in problems if p.pattern)
    topics = Counter(t for p in problems for t in p.topics)
    facets = [
        Facet(pat, pattern_title(pat), patterns[pat])
        for pat in sorted(patterns, key=lambda x: PATTERNS.index(x) if x in PATTERNS else 99)
    ]
    facets += [Facet(t, t.replace("-", " "), n) for t, n in sorted(topics.items()) if t not in patterns]
    return facets
