"""Timed mock interviews: start one, think aloud, take hints, run, answer, finish with a report.

A mock is a list of rounds, each with a kind, minutes and items (problem slugs, card ids,
design prompt or behavioral question slugs). Everything the learner does is an event, so the
report is computed from the record: per item the verdict, the seconds used, the hints, the
stated and the measured complexity, the self-rating. The clock is never enforced: time over is
recorded. Problems are judged by the practice service (``practice``, swappable in tests).

Scoring: a problem scores 100 when accepted, else 50 × the share of cases passed; a written
answer scores by its self-rating (again 0, hard 50, good 80, easy 100); each hint costs
``HINT_COST`` points; an unanswered item scores 0. A round scores the mean of its items, the
mock the mean of its rounds. Every item under ``MISSED_BELOW`` goes into the review queue.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.services.mock_complexity import complexity_note, measured
from mlinterview.services.mock_items import (
    BREAK_MINUTES,
    KINDS,
    MOCK_KINDS,
    ONSITE,
    available_kinds,
    item_title,
    pick_items,
)

HINT_COST = 15
MISSED_BELOW = 60
SELF_RATING_SCORE = {1: 0, 2: 50, 3: 80, 4: 100}
RATING_NAMES = {1: "again", 2: "hard", 3: "good", 4: "easy"}


# -- the record ----------------------------------------------------------------------------------
@dataclass
class ItemState:
    slug: str
    title: str
    kind: str  # problem | card | prompt | story
    started_at: datetime | None = None
    approach: str = ""
    stated: str = ""
    hints: int = 0
    last_run: str = ""
    code: str = ""  # the last code run or submitted, so a page reload keeps it
    answers: int = 0
    verdict: str = "unanswered"
    passed: int = 0
    total: int = 0
    seconds: float = 0.0
    measured: str = ""
    complexity_note: str = ""
    self_rating: int | None = None
    answer: str = ""

    @property
    def score(self) -> float:
        if self.verdict == "unanswered":
            return 0.0
        if self.kind == "problem":
            base = 100.0 if self.verdict == "accepted" else 50.0 * self.passed / max(self.total, 1)
        else:
            base = float(SELF_RATING_SCORE.get(self.self_rating or 1, 0))
        return max(0.0, base - HINT_COST * self.hints)


@dataclass
class RoundState:
    index: int
    kind: str
    minutes: int
    items: list[ItemState]
    break_minutes: int = 0
    started_at: datetime | None = None
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return sum(i.score for i in self.items) / len(self.items) if self.items else 0.0

    @property
    def over_s(self) -> float:
        return max(0.0, self.seconds - self.minutes * 60)


@dataclass
class MockState:
    id: str
    kind: str
    company: str | None
    whiteboard: bool
    started_at: datetime
    finished_at: datetime | None
    rounds: list[RoundState]
    elapsed_s: float = 0.0
    report: dict[str, Any] | None = None
    review: list[str] = field(default_factory=list)

    @property
    def minutes(self) -> int:
        return sum(r.minutes + r.break_minutes for r in self.rounds)

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def score(self) -> float:
        return sum(r.score for r in self.rounds) / len(self.rounds) if self.rounds else 0.0

    def item(self, round_index: int, slug: str) -> tuple[RoundState, ItemState]:
        for r in self.rounds:
            if r.index == round_index:
                for i in r.items:
                    if i.slug == slug:
                        return r, i
                raise UserInputError(
                    f"round {round_index} of mock {self.id} has no item {slug!r} "
                    f"(items: {', '.join(i.slug for i in r.items)})"
                )
        raise UserInputError(f"mock {self.id} has no round {round_index} (rounds 1-{len(self.rounds)})")


def start_mock(ctx: Context, kind: str, *, whiteboard: bool = False, company: str | None = None) -> MockState:
    if kind not in MOCK_KINDS:
        raise UserInputError(f"no mock kind {kind!r} (kinds: {', '.join(MOCK_KINDS)})")
    available = available_kinds(ctx)
    if kind not in available:
        reason = "fewer than four kinds of rounds" if kind == "onsite" else f"no {kind} items"
        raise UserInputError(f"cannot hold a {kind} mock: the catalog has {reason} yet")
    solved = {slug for slug, status in _status_by_slug(ctx).items() if status == "solved"}
    kinds = [k for k in ONSITE if k in available][:5] if kind == "onsite" else [kind]
    rounds = []
    for index, round_kind in enumerate(kinds, 1):
        items = pick_items(ctx, round_kind, solved)
        if not items:
            raise UserInputError(f"cannot hold a {round_kind} round: every item of it is solved")
        rounds.append(
            {
                "index": index,
                "kind": round_kind,
                "minutes": KINDS[round_kind][0],
                "items": items,
                "break_minutes": BREAK_MINUTES if kind == "onsite" and index < len(kinds) else 0,
            }
        )
    import json

    mock_id = secrets.token_hex(4)
    ctx.store.add_mock(
        id=mock_id,
        kind=kind,
        company=company,
        whiteboard=int(whiteboard),
        rounds_json=json.dumps(rounds),
        started_at=ctx.clock(),
    )
    return get_mock(ctx, mock_id)


def _status_by_slug(ctx: Context) -> dict[str, str]:
    by_id = {p.id: p.slug for p in ctx.catalog.problems()}
    return {by_id.get(pid, pid): status for pid, status in ctx.store.status_by_problem().items()}


def get_mock(ctx: Context, mock_id: str) -> MockState:
    import json

    row = ctx.store.mock(mock_id)
    if row is None:
        raise UserInputError(f"no mock {mock_id!r}: `mli mock history` lists them")
    rounds = []
    for r in json.loads(row["rounds_json"]):
        kind = KINDS[r["kind"]][1]
        items = [ItemState(s, item_title(ctx, kind, s), kind) for s in r["items"]]
        rounds.append(RoundState(r["index"], r["kind"], r["minutes"], items, r.get("break_minutes", 0)))
    state = MockState(
        row["id"],
        row["kind"],
        row["company"],
        bool(row["whiteboard"]),
        row["started_at"],
        row["finished_at"],
        rounds,
    )
    _replay(state, ctx.store.mock_events(mock_id))
    end = state.finished_at or ctx.clock()
    state.elapsed_s = max(0.0, (end - state.started_at).total_seconds())
    if row["report_json"]:
        state.report = json.loads(row["report_json"])
        state.review = list(state.report.get("review", []))
    return state


def _replay(state: MockState, events: list[dict[str, Any]]) -> None:
    """Rebuild each item's state from the events. An item's clock starts at its first event,
    or, when the first is its answer, at the previous answer (or the mock's start)."""
    mark = state.started_at
    for e in events:
        rnd, item = state.item(e["round_index"], e["slug"])
        at = e["created_at"]
        first = mark if e["event"] == "answer" else at
        if rnd.started_at is None:
            rnd.started_at = first
        if item.started_at is None:
            item.started_at = first
        if e["event"] == "answer":
            mark = at
        data = e["data"]
        if e["event"] == "think":
            item.approach, item.stated = data.get("approach", ""), data.get("complexity", "")
        elif e["event"] == "hint":
            item.hints += 1
        elif e["event"] == "run":
            item.last_run = data.get("verdict", "")
            item.code = data.get("code", item.code)
        elif e["event"] == "answer":
            item.answers += 1
            item.verdict = data["verdict"]
            item.passed, item.total = data.get("passed", 0), data.get("total", 0)
            item.seconds = (at - item.started_at).total_seconds()
            item.measured = data.get("measured", "")
            item.complexity_note = data.get("complexity_note", "")
            item.self_rating = data.get("self_rating")
            item.answer = data.get("answer", "")
            item.code = data.get("code", item.code)
            rnd.seconds = (at - rnd.started_at).total_seconds()


def _open(ctx: Context, mock_id: str) -> MockState:
    state = get_mock(ctx, mock_id)
    if state.is_finished:
        raise UserInputError(f"mock {mock_id} is finished: `mli mock history` shows its report")
    return state


def open_item(ctx: Context, mock_id: str, round_index: int, slug: str) -> None:
    """Start an item's clock (the first time it is shown)."""
    state = _open(ctx, mock_id)
    _, item = state.item(round_index, slug)
    if item.started_at is None:
        ctx.store.add_mock_event(mock_id, round_index, slug, "start", {}, ctx.clock())


def think(ctx: Context, mock_id: str, round_index: int, slug: str, approach: str, complexity: str) -> None:
    state = _open(ctx, mock_id)
    state.item(round_index, slug)
    if not approach.strip():
        raise UserInputError("write your approach first: how you will solve it, in a sentence or two")
    data = {"approach": approach.strip()[:4000], "complexity": complexity.strip()[:40]}
    ctx.store.add_mock_event(mock_id, round_index, slug, "think", data, ctx.clock())


def take_hint(ctx: Context, mock_id: str, round_index: int, slug: str) -> tuple[int, str | None]:
    """The next hint of a problem in the mock (costs HINT_COST points): (number, text or None)."""
    state = _open(ctx, mock_id)
    _, item = state.item(round_index, slug)
    if item.kind != "problem":
        raise UserInputError(f"{slug} has no hints in a mock")
    hints = ctx.catalog.get(slug).hints.hints
    if item.hints >= len(hints):
        return len(hints), None
    ctx.store.add_mock_event(mock_id, round_index, slug, "hint", {}, ctx.clock())
    return item.hints + 1, hints[item.hints]


def run_item(ctx: Context, mock_id: str, round_index: int, slug: str, code: str, practice: Any = None) -> Any:
    """Run a problem's samples (not in whiteboard mode)."""
    state = _open(ctx, mock_id)
    _, item = state.item(round_index, slug)
    if state.whiteboard:
        raise UserInputError("whiteboard mode: there is no Run, only one Submit")
    if item.kind != "problem":
        raise UserInputError(f"{slug} is answered in writing: there is nothing to run")
    practice = practice or _practice()
    judged = practice.run_samples(ctx, ctx.catalog.get(slug), code)
    data = {"verdict": judged.report.verdict.value, "code": code}
    ctx.store.add_mock_event(mock_id, round_index, slug, "run", data, ctx.clock())
    return judged


def item_material(ctx: Context, item: ItemState) -> dict[str, Any]:
    """What the learner sees of an item: statement, starter, hints taken so far, and for a
    written answer the model answer to rate against (shown once they have written theirs)."""
    view: dict[str, Any] = {"statement": "", "starter": "", "back": "", "hints": [], "language": "python"}
    if item.kind == "problem":
        problem = ctx.catalog.get(item.slug)
        view.update(statement=problem.statement, starter=problem.starter, language=problem.language)
        view["hints"] = list(problem.hints.hints[: item.hints])
    elif item.kind == "card":
        card = next((c for c in ctx.catalog.flashcards() if c.id == item.slug), None)
        if card is not None:
            view.update(statement=card.front, back=card.back)
    elif item.kind == "prompt":
        prompt = ctx.catalog.design(item.slug)
        view.update(statement=prompt.prompt, back=prompt.model_answer)
    else:
        view["statement"] = item.title
    if not item.approach and item.kind != "problem":
        view["back"] = ""  # write your own answer first
    return view


def _practice() -> Any:
    from mlinterview.services import practice

    return practice


def answer_item(
    ctx: Context,
    mock_id: str,
    round_index: int,
    slug: str,
    text: str,
    *,
    self_rating: int | None = None,
    practice: Any = None,
) -> ItemState:
    """Submit a problem's code (judged) or a written answer (with a self-rating 1-4)."""
    state = _open(ctx, mock_id)
    _, item = state.item(round_index, slug)
    if state.whiteboard and item.answers:
        raise UserInputError("whiteboard mode: one Submit per item, and this one is submitted")
    data: dict[str, Any]
    if item.kind == "problem":
        practice = practice or _practice()
        judged = practice.submit(ctx, ctx.catalog.get(slug), text)
        report = judged.report
        data = {"verdict": report.verdict.value, "passed": report.passed, "total": report.total}
        data["code"] = text
        if report.complexity:
            data["measured"] = measured(report.complexity)
        data["complexity_note"] = complexity_note(item.stated, report.complexity)
    else:
        if self_rating not in SELF_RATING_SCORE:
            raise UserInputError("rate your answer against the model answer: 1 again, 2 hard, 3 good, 4 easy")
        data = {"verdict": RATING_NAMES[self_rating], "self_rating": self_rating, "answer": text[:20000]}
    ctx.store.add_mock_event(mock_id, round_index, slug, "answer", data, ctx.clock())
    return get_mock(ctx, mock_id).item(round_index, slug)[1]


# -- finishing -----------------------------------------------------------------------------------
def finish(ctx: Context, mock_id: str) -> MockState:
    """End the mock: score it, send what was missed to the review queue, unlock editorials."""
    state = _open(ctx, mock_id)
    now = ctx.clock()
    review: list[str] = []
    for rnd in state.rounds:
        for item in rnd.items:
            if item.score < MISSED_BELOW:
                _send_to_review(ctx, item, now)
                review.append(item.slug)
    report = {
        "id": state.id,
        "score": round(state.score),
        "rounds": [
            {
                "index": r.index,
                "score": round(r.score),
                "items": [
                    {"slug": i.slug, "verdict": i.verdict, "seconds": round(i.seconds), "hints": i.hints}
                    for i in r.items
                ],
            }
            for r in state.rounds
        ],
        "review": review,
    }
    ctx.store.finish_mock(mock_id, finished_at=now, score=state.score, report=report)
    return get_mock(ctx, mock_id)


def _send_to_review(ctx: Context, item: ItemState, now: datetime) -> None:
    from mlinterview.judge.verdicts import Report, Verdict
    from mlinterview.services.review import rate_card, schedule_problem

    if item.kind == "problem":
        problem = ctx.catalog.get(item.slug)
        schedule_problem(ctx, problem, Report(Verdict.WRONG_ANSWER), item.hints, override=1, now=now)
    elif item.kind == "card":
        card = next((c for c in ctx.catalog.flashcards() if c.id == item.slug), None)
        if card is not None:
            rate_card(ctx, card, 1, now=now)
    else:
        from mlinterview.services.journal import queue_revisit

        queue_revisit(ctx, "design" if item.kind == "prompt" else "behavioral", item.slug, now)


def to_json(state: MockState) -> dict[str, Any]:
    """``mli mock start --json``: the contract, plus the documented extras."""
    return {
        "id": state.id,
        "rounds": [
            {"index": r.index, "kind": r.kind, "minutes": r.minutes, "items": [i.slug for i in r.items]}
            for r in state.rounds
        ],
        "kind": state.kind,
        "whiteboard": state.whiteboard,
        "started_at": state.started_at.isoformat(),
    }


def history(ctx: Context) -> list[MockState]:
    return [get_mock(ctx, row["id"]) for row in ctx.store.mocks()]


def editorial_locked(ctx: Context, slug: str) -> bool:
    """True while ``slug`` is an item of a mock that has not finished."""
    import json

    for row in ctx.store.mocks():
        if row["finished_at"] is None and any(slug in r["items"] for r in json.loads(row["rounds_json"])):
            return True
    return False
