"""Read models for the web app: filtered problem lists, attempt history, hint state, chart data.

Each function takes a :class:`Context`, asks the catalog and the store, and returns plain data;
the web adapter only renders it. Nothing here knows about HTTP.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from mlinterview.catalog import Problem
from mlinterview.catalog.cards import FlashCard
from mlinterview.catalog.problem import PATTERNS, TRACKS
from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.services.progress import roadmap
from mlinterview.wording import card_track_title, pattern_title, track_title

__all__ = ["card_track_title", "pattern_title", "track_title"]  # re-exported for the templates

STATUSES = ("solved", "attempted", "todo")
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


# -- the problem list ----------------------------------------------------------------------------
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
        ordered += roadmap(in_track) if any(p.pattern in PATTERNS for p in in_track) else in_track
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


# -- one problem ---------------------------------------------------------------------------------
@dataclass
class ProblemState:
    status: str
    code: str  # the learner's last attempt, or the starter
    code_saved_at: datetime | None  # when that attempt was made (None: the starter)
    hints_shown: list[str]
    hints_total: int
    history: list[dict[str, Any]] = field(default_factory=list)


def problem_state(ctx: Context, problem: Problem, *, history: int = 20) -> ProblemState:
    attempts = ctx.store.attempts(problem.id, limit=history)
    status = ctx.store.status_by_problem().get(problem.id, "todo")
    used = min(ctx.store.hints_used(problem.id), len(problem.hints.hints))
    if attempts:
        code, saved = attempts[0]["code"], attempts[0]["created_at"]
    else:
        code, saved = problem.starter, None
    return ProblemState(
        status,
        code,
        saved,
        list(problem.hints.hints[:used]),
        len(problem.hints.hints),
        [_attempt_summary(a) for a in attempts],
    )


def attempt_history(ctx: Context, problem: Problem, limit: int = 20) -> list[dict[str, Any]]:
    return [_attempt_summary(a) for a in ctx.store.attempts(problem.id, limit=limit)]


def _attempt_summary(row: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "mode", "verdict", "passed", "total", "time_s", "hints_used", "created_at")
    return {k: row[k] for k in keys}


def attempt_code(ctx: Context, problem: Problem, attempt_id: int) -> str:
    for row in ctx.store.attempts(problem.id, limit=100000):
        if row["id"] == attempt_id:
            return str(row["code"])
    raise UserInputError(f"no attempt {attempt_id} of {problem.slug}")


def ensure_session(ctx: Context, problem: Problem) -> None:
    """Start timing a round of the problem when none is running, or when the last round ended
    with an accepted submission (so a re-solve weeks later is timed from when it is opened)."""
    started = ctx.store.session_started(problem.id)
    if started is not None:
        accepted = [
            a["created_at"]
            for a in ctx.store.attempts(problem.id, limit=50)
            if a["mode"] == "submit" and a["verdict"] == "accepted"
        ]
        if not accepted or max(accepted) < started:
            return
    ctx.store.start_session(problem.id, ctx.clock())


def sql_tables(ctx: Context, problem: Problem) -> list[Any]:
    """The sample tables of a SQL problem (objects with name, columns, rows), when the SQL
    service is installed; an empty list otherwise."""
    if problem.track != "sql":
        return []
    try:
        from mlinterview.services import sql
    except ImportError:
        return []
    sample_tables = getattr(sql, "sample_tables", None)
    return list(sample_tables(ctx, problem)) if sample_tables else []


# -- home --------------------------------------------------------------------------------------
@dataclass
class PlanItem:
    kind: str  # resolve | cards | new-problem
    title: str
    minutes: float
    track: str
    slug: str | None  # the problem to open, for resolve and new-problem items


def today_plan(ctx: Context) -> tuple[list[PlanItem], float]:
    """``services.review.today`` with each item tied to the problem or card track it opens."""
    from mlinterview.services.review import today

    plan = today(ctx)
    slugs = {p.slug for p in ctx.catalog.problems()} | {d.slug for d in ctx.catalog.design_prompts()}
    items = []
    for item in plan.items:
        slug = next((word for word in item.command.split() if word in slugs), None)
        items.append(PlanItem(item.kind, item.title, item.minutes, item.track, slug))
    return items, plan.minutes


@dataclass
class DueCounts:
    """What is waiting today, counted once for every screen (home tiles, plan, review page)."""

    resolves: int  # problems due for a re-solve
    cards: int  # cards in today's queue: due ones plus today's new ones

    @property
    def total(self) -> int:
        return self.resolves + self.cards


def due_counts(ctx: Context) -> DueCounts:
    from mlinterview.services.review import card_queue, due_problems

    return DueCounts(len(due_problems(ctx)), len(card_queue(ctx)))


def is_first_visit(ctx: Context) -> bool:
    """Nothing attempted and no card reviewed yet."""
    return not ctx.store.attempts(limit=1) and not ctx.store.review_items()


# -- review -------------------------------------------------------------------------------------
def find_card(ctx: Context, card_id: str) -> FlashCard:
    from mlinterview.services.design_review import design_cards

    for card in [*ctx.catalog.flashcards(), *design_cards(ctx)]:
        if card.id == card_id or card.item_id == card_id:
            return card
    raise UserInputError(f"no card called {card_id!r}")


def card_tracks(ctx: Context) -> list[Facet]:
    """Card tracks present in the decks, each with the number of cards waiting today."""
    from mlinterview.services.review import card_queue

    waiting = Counter(c.track for c in card_queue(ctx))
    present = dict.fromkeys(c.track for c in ctx.catalog.flashcards())
    return [Facet(t, card_track_title(t), waiting.get(t, 0)) for t in present]


# -- progress charts ------------------------------------------------------------------------------
def solved_over_time(ctx: Context) -> dict[str, list[tuple[date, int]]]:
    """Per track: (day, problems solved by the end of that day), one point per day a new
    problem was first accepted."""
    first: dict[str, tuple[datetime, str]] = {}
    for a in ctx.store.attempts(limit=1_000_000):
        if a["mode"] == "submit" and a["verdict"] == "accepted":
            seen = first.get(a["problem_id"])
            if seen is None or a["created_at"] < seen[0]:
                first[a["problem_id"]] = (a["created_at"], a["track"])
    per_day: dict[str, Counter[date]] = defaultdict(Counter)
    for when, track in first.values():
        per_day[track][when.date()] += 1
    series: dict[str, list[tuple[date, int]]] = {}
    for track in sorted(per_day, key=lambda t: list(TRACKS).index(t) if t in TRACKS else 99):
        total = 0
        points = []
        for day in sorted(per_day[track]):
            total += per_day[track][day]
            points.append((day, total))
        series[track] = points
    return series


def activity_by_day(ctx: Context) -> dict[date, int]:
    """Runs, submissions and card reviews per day (a problem's re-solve is its submission, so
    its review entry is not counted twice)."""
    days = Counter(a["created_at"].date() for a in ctx.store.attempts(limit=1_000_000))
    days.update(r["reviewed_at"].date() for r in ctx.store.review_logs() if r["kind"] == "card")
    return dict(days)


@dataclass
class TopicStat:
    topic: str
    accepted: int
    submissions: int

    @property
    def ratio(self) -> float:
        return self.accepted / self.submissions if self.submissions else 0.0


def weakest_topics(ctx: Context, limit: int = 8) -> list[TopicStat]:
    """Topics by accepted share of submissions, lowest first (topics with submissions only)."""
    by_id = {p.id: p for p in ctx.catalog.problems()}
    stats: dict[str, TopicStat] = {}
    for a in ctx.store.attempts(limit=1_000_000):
        problem = by_id.get(a["problem_id"])
        if a["mode"] != "submit" or problem is None:
            continue
        for topic in dict.fromkeys([*problem.topics, *([problem.pattern] if problem.pattern else [])]):
            stat = stats.setdefault(topic, TopicStat(topic, 0, 0))
            stat.submissions += 1
            stat.accepted += a["verdict"] == "accepted"
    ranked = sorted(stats.values(), key=lambda s: (s.ratio, -s.submissions, s.topic))
    return ranked[:limit]


def rating_previews(ctx: Context, card: FlashCard, now: datetime | None = None) -> dict[int, datetime]:
    """When the card would come back after each rating (1-4), without saving anything."""
    from mlinterview.srs import new_state, review

    now = now or ctx.clock()
    item = ctx.store.review_item(card.item_id)
    state = item["state_json"] if item else new_state(card.item_id, now)[0]
    return {rating: review("card", state, rating, now).due for rating in (1, 2, 3, 4)}


def recent_attempts(ctx: Context, limit: int = 8) -> list[dict[str, Any]]:
    """The latest attempts across problems, with each problem's title."""
    titles = {p.id: p.title for p in ctx.catalog.problems()}
    rows = []
    for a in ctx.store.attempts(limit=limit):
        row = _attempt_summary(a)
        row.update(slug=a["slug"], track=a["track"], title=titles.get(a["problem_id"], a["slug"]))
        rows.append(row)
    return rows


def review_queue(ctx: Context, track: str | None = None) -> list[FlashCard]:
    """``services.review.card_queue`` in the order to show one card at a time: cards due now,
    then new cards, then learning cards that are not due yet (shown early only when nothing else
    is left, so a card just rated does not come straight back)."""
    from mlinterview.services.review import card_queue

    now = ctx.clock()
    queue = card_queue(ctx, track=track, now=now)
    due = {i["item_id"]: i["due"] for i in ctx.store.review_items("card")}
    ahead = [c for c in queue if c.item_id in due and due[c.item_id] > now]
    early = {c.item_id for c in ahead}
    return [c for c in queue if c.item_id not in early] + ahead
