"""Readiness per subject, built from evidence and never shown without its reasons.

For each subject four pieces of evidence, each a share from 0 to 1:

- ``solved``: the share of the subject's roadmap solved without hints (for cards: started);
- ``pass_rate``: accepted share of the last ``RECENT`` submissions (cards: reviews not "again");
- ``retention``: FSRS's predicted recall of the subject's review items, averaged;
- ``mocks``: the mean score of the subject's rounds in the last ``RECENT_MOCKS`` mocks.

Readiness is their weighted mean (``WEIGHTS``), over the evidence that exists (a subject with
no mock yet is judged on the rest, and says so). The trend is today's figure against the one
computed from the evidence of a week ago. The one thing that would raise it most is the
evidence with the largest ``weight × (1 − value)``, said in the learner's terms.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from mlinterview.services.context import Context
from mlinterview.wording import plural

WEIGHTS = {"solved": 0.40, "pass_rate": 0.25, "retention": 0.20, "mocks": 0.15}
RECENT = 20
RECENT_MOCKS = 3
SUBJECTS = {"dsa": "General coding", "ml": "ML coding", "stats": "Statistics", "sql": "SQL",
            "libraries": "Libraries (PyTorch, scikit-learn, pandas)",
            "cards": "ML fundamentals (cards)", "design": "ML system design"}  # fmt: skip
MOCK_SUBJECTS = {"coding": ("dsa",), "ml-coding": ("ml",), "sql-stats": ("sql", "stats"),
                 "ml-breadth": ("cards",), "design": ("design",)}  # fmt: skip


@dataclass
class Readiness:
    subject: str
    title: str
    score: float | None  # 0-100, None without evidence
    trend: float | None  # points since a week ago
    evidence: dict[str, float] = field(default_factory=dict)
    reasons: list[str] = field(default_factory=list)
    next_step: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "score": None if self.score is None else round(self.score),
            "trend": None if self.trend is None else round(self.trend),
            "evidence": {k: round(v, 3) for k, v in self.evidence.items()},
            "reasons": self.reasons,
            "next_step": self.next_step,
        }


def _combine(evidence: dict[str, float]) -> float | None:
    if not evidence:
        return None
    total = sum(WEIGHTS[k] for k in evidence)
    return 100 * sum(WEIGHTS[k] * v for k, v in evidence.items()) / total


def readiness(ctx: Context) -> list[Readiness]:
    now = ctx.clock()
    attempts = ctx.store.attempt_summaries(limit=None)  # no code, no report
    items = ctx.store.review_items()
    logs = ctx.store.review_logs()
    mocks = [m for m in _finished_mocks(ctx)]
    out = []
    for subject, title in SUBJECTS.items():
        total = len(ctx.catalog.flashcards()) if subject == "cards" else len(ctx.catalog.problems(subject))
        if not total:
            continue
        today = _evidence(ctx, subject, now, attempts, items, logs, mocks)
        before = _evidence(ctx, subject, now - timedelta(days=7), attempts, items, logs, mocks)
        score, previous = _combine(today), _combine(before)
        entry = Readiness(
            subject,
            title,
            score,
            None if score is None or previous is None else score - previous,
            today,
            _reasons(subject, today),
        )
        entry.next_step = _next_step(ctx, subject, today, attempts)
        out.append(entry)
    return out


def _finished_mocks(ctx: Context) -> list[tuple[datetime, str, float]]:
    """(finished_at, round kind, round score) for every round of every finished mock."""
    import json

    rounds = []
    for m in ctx.store.mocks():
        if m["finished_at"] is None or not m["report_json"]:
            continue
        kinds = {r["index"]: r["kind"] for r in json.loads(m["rounds_json"])}
        for r in json.loads(m["report_json"])["rounds"]:
            rounds.append((m["finished_at"], kinds.get(r["index"], ""), float(r["score"])))
    return rounds


def _evidence(
    ctx: Context,
    subject: str,
    at: datetime,
    attempts: list[dict[str, Any]],
    items: list[dict[str, Any]],
    logs: list[dict[str, Any]],
    mocks: list[tuple[datetime, str, float]],
) -> dict[str, float]:
    from mlinterview.srs import retrievability

    evidence: dict[str, float] = {}
    if subject == "cards":
        cards = [i for i in items if i["kind"] == "card" and i["created_at"] <= at]
        if cards:
            evidence["solved"] = len(cards) / max(len(ctx.catalog.flashcards()), 1)
        recent = [r for r in logs if r["kind"] == "card" and r["reviewed_at"] <= at][-RECENT * 5 :]
        if recent:
            evidence["pass_rate"] = sum(r["rating"] > 1 for r in recent) / len(recent)
        mine = cards
    else:
        slugs = {p.slug for p in ctx.catalog.problems(subject)}
        submits = [
            a for a in attempts if a["mode"] == "submit" and a["slug"] in slugs and a["created_at"] <= at
        ]
        clean = {a["slug"] for a in submits if a["verdict"] == "accepted" and not a["hints_used"]}
        if submits:
            evidence["solved"] = len(clean) / len(slugs)
            recent = sorted(submits, key=lambda a: a["created_at"])[-RECENT:]
            evidence["pass_rate"] = sum(a["verdict"] == "accepted" for a in recent) / len(recent)
        mine = [
            i for i in items if i["kind"] == "problem" and i["track"] == subject and i["created_at"] <= at
        ]
    if mine:
        evidence["retention"] = sum(retrievability(i["kind"], i["state_json"], at) for i in mine) / len(mine)
    scores = [s for when, kind, s in mocks if when <= at and subject in MOCK_SUBJECTS.get(kind, ())]
    if scores:
        evidence["mocks"] = sum(scores[-RECENT_MOCKS:]) / len(scores[-RECENT_MOCKS:]) / 100
    return evidence


_NAMES = {
    "solved": "of the roadmap solved without hints",
    "pass_rate": "of recent submissions accepted",
    "retention": "predicted recall of your reviews",
    "mocks": "mean score of recent mock rounds",
}


def _reasons(subject: str, evidence: dict[str, float]) -> list[str]:
    if not evidence:
        return ["no evidence yet: nothing submitted, reviewed or mocked"]
    reasons = [f"{v:.0%} {_NAMES[k] if subject != 'cards' or k != 'solved' else 'of the cards started'}"
               for k, v in evidence.items()]  # fmt: skip
    if "mocks" not in evidence:
        reasons.append("no mock yet")
    return reasons


def _next_step(ctx: Context, subject: str, evidence: dict[str, float], attempts: list[dict[str, Any]]) -> str:
    if not evidence:
        return (
            "start: solve the first problem of the roadmap" if subject != "cards" else "start: review cards"
        )
    gains = {k: WEIGHTS[k] * (1 - v) for k, v in evidence.items()}
    if "mocks" not in evidence and subject in {s for v in MOCK_SUBJECTS.values() for s in v}:
        gains["mocks"] = WEIGHTS["mocks"]
    best = max(gains, key=lambda k: gains[k])
    if best == "solved" and subject != "cards":
        return _weakest_pattern(ctx, subject, attempts)
    if best == "pass_rate":
        return (
            f"recent pass rate {evidence['pass_rate']:.0%}: re-solve the problems you failed before new ones"
        )
    if best == "retention":
        return f"predicted recall {evidence['retention']:.0%}: do the reviews due today"
    if best == "mocks":
        kind = next(k for k, v in MOCK_SUBJECTS.items() if subject in v)
        return (
            f"no mock yet: do a {kind} mock"
            if "mocks" not in evidence
            else (
                f"mock rounds average {evidence['mocks']:.0%}: another `{kind}` mock, then review its misses"
            )
        )
    return "review new cards each day"


def _weakest_pattern(ctx: Context, subject: str, attempts: list[dict[str, Any]]) -> str:
    """'3 graphs problems unsolved; graphs pass rate 40%' for the group with most left to do."""
    problems = ctx.catalog.problems(subject)
    solved = {a["slug"] for a in attempts if a["mode"] == "submit" and a["verdict"] == "accepted"}
    group = {p.slug: p.pattern or (p.topics[0] if p.topics else subject) for p in problems}
    unsolved = Counter(group[p.slug] for p in problems if p.slug not in solved)
    if not unsolved:
        return "every problem solved: re-solve without hints"
    tried = [a for a in attempts if a["mode"] == "submit" and group.get(a["slug"])]
    rate: dict[str, tuple[int, int]] = {}
    for a in tried:
        ok, n = rate.get(group[a["slug"]], (0, 0))
        rate[group[a["slug"]]] = (ok + (a["verdict"] == "accepted"), n + 1)

    def weight(name: str) -> float:
        # unsolved problems count once, three times where every submission failed: a pattern
        # the learner tries and misses gains more from practice than one not started
        ok, n = rate.get(name, (0, 0))
        return unsolved[name] * (1 + 2 * (1 - ok / n) if n else 1)

    name = max(unsolved, key=weight)
    ok, n = rate.get(name, (0, 0))
    tail = f"; {name} pass rate {ok / n:.0%}" if n else "; not tried yet"
    return f"{plural(unsolved[name], name + ' problem')} unsolved{tail}"
