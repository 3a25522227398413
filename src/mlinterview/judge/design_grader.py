"""Rubric coverage of a written design answer: deterministic, offline, no learner code runs.

The answer is split into sentences (headings, HTML comments and fenced code blocks are left
out, so the practice template scores 0). A rubric point is covered when at least ``need`` of
its concept groups match in the answer's sentences; the sentences that matched are its evidence.
Two rules keep keyword lists from scoring (docs/DESIGN-GRADER.md):

- a sentence counts as evidence only with at least ``MIN_EVIDENCE_WORDS`` words, and one
  sentence can vouch for at most ``MAX_POINTS_PER_SENTENCE`` points (the most constrained points
  choose first, so the assignment is deterministic);
- the score is the credited weight times ``min(1, words / FULL_CREDIT_WORDS)``, where a
  sentence counts at most ``MAX_SENTENCE_WORDS`` words: an answer of fewer than 45 words, or of
  a single sentence however long, scores below 0.15 whatever it names.

A covered point earns its weight; a missed point with ``need`` > 1 of which some groups matched
earns ``PARTIAL_CREDIT`` times the share matched (it stays "missed", with no evidence); partial
credit uses up sentence room like coverage does.

It lives beside the judge because it grades, and knows nothing of users, storage or HTTP;
it takes the rubric as plain data, so the catalog (which may not import the judge) stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

MIN_EVIDENCE_WORDS = 5
MAX_POINTS_PER_SENTENCE = 3
FULL_CREDIT_WORDS = 300
MAX_SENTENCE_WORDS = 40  # a longer "sentence" is a list: it counts as 40 words toward the length
PARTIAL_CREDIT = 0.5  # a missed point whose groups matched in part earns up to half its weight
MAX_ANSWER_CHARS = 200_000  # a longer answer is graded on its first 200,000 characters
MAX_EVIDENCE_CHARS = 400

_FENCE = re.compile(r"^```.*?^```[^\n]*$", re.MULTILINE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s.*$", re.MULTILINE)
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.MULTILINE)
# A sentence ends at . ! ? followed by a space and a capital, digit or bracket, or at a line
# that starts a list item or follows a blank line.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\[\"'*])")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_ENDINGS = "(?:s|es|ed|d|ing)?"  # "alert" matches alerts, "fall back" matches falls back
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'_+/.-]*")


class Point(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def stage(self) -> str: ...
    @property
    def weight(self) -> float: ...
    @property
    def concepts(self) -> tuple[tuple[str, ...], ...]: ...
    @property
    def need(self) -> int: ...


@dataclass
class PointResult:
    id: str
    stage: str
    weight: float
    covered: bool
    evidence: list[str] = field(default_factory=list)
    credit: float = 0.0  # 1 when covered; a share of PARTIAL_CREDIT when some groups matched

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "stage": self.stage,
            "weight": self.weight,
            "covered": self.covered,
            "evidence": self.evidence,
        }


@dataclass
class Grade:
    score: float  # in [0, 1]
    points: list[PointResult]
    words: int
    covered_weight: float  # before the length factor

    def to_dict(self) -> dict[str, object]:
        return {"score": self.score, "points": [p.to_dict() for p in self.points]}


def words_in(text: str) -> int:
    return len(_WORD.findall(text))


def sentences(answer: str) -> list[str]:
    """The answer's prose sentences, in order, without headings, comments or code blocks."""
    text = answer[:MAX_ANSWER_CHARS]
    text = _COMMENT.sub(" ", _FENCE.sub("\n\n", text))
    text = _RULE.sub("", _HEADING.sub("\n\n", text))
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines: list[str] = []
        for line in block.splitlines():
            if _BULLET.match(line) and lines:
                out.extend(_split(" ".join(lines)))
                lines = []
            lines.append(_BULLET.sub("", line).strip())
        out.extend(_split(" ".join(lines)))
    return [s for s in out if s]


def _split(paragraph: str) -> list[str]:
    paragraph = re.sub(r"\s+", " ", paragraph).strip()
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()] if paragraph else []


@lru_cache(maxsize=4096)
def _pattern(alternative: str) -> re.Pattern[str]:
    if alternative.startswith("re:"):
        return re.compile(alternative[3:], re.IGNORECASE)
    words = [re.escape(w) + _ENDINGS for w in re.split(r"[\s-]+", alternative.strip()) if w]
    body = r"[\s-]+".join(words)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", re.IGNORECASE)


def group_matches(group: Sequence[str], sentence: str) -> bool:
    return any(_pattern(alt).search(sentence) for alt in group)


def grade(answer: str, rubric: Sequence[Point]) -> Grade:
    """Grade ``answer`` against ``rubric``: each point covered or missed with its evidence."""
    every = sentences(answer)
    usable = [s for s in every if words_in(s) >= MIN_EVIDENCE_WORDS]
    total_words = sum(min(words_in(s), MAX_SENTENCE_WORDS) for s in every)
    # For each point and concept group: which usable sentences match it.
    hits: list[list[list[int]]] = [
        [[i for i, s in enumerate(usable) if group_matches(g, s)] for g in p.concepts] for p in rubric
    ]
    load = [0] * len(usable)

    def candidates(k: int) -> int:
        return sum(len(h) for h in hits[k])

    order = sorted(range(len(rubric)), key=lambda k: (candidates(k), -rubric[k].weight, k))
    chosen: dict[int, list[int]] = {}
    partial: dict[int, int] = {}  # missed points: how many of their groups matched somewhere
    for k in order:
        point = rubric[k]
        picked: list[int] = []
        for group_hits in hits[k]:
            free = [i for i in group_hits if load[i] < MAX_POINTS_PER_SENTENCE]
            if free:
                picked.append(min(free, key=lambda i: (i not in picked, load[i], i)))
        if len(picked) >= point.need:
            evidence = sorted(set(picked))
            for i in evidence:
                load[i] += 1
            chosen[k] = evidence
    for k in order:  # then partial credit, from sentences that still have room
        if k in chosen:
            continue
        room = [[i for i in h if load[i] < MAX_POINTS_PER_SENTENCE] for h in hits[k]]
        used = sorted({min(h) for h in room if h})
        if used:
            partial[k] = sum(bool(h) for h in room)
            for i in used:
                load[i] += 1
    results = []
    covered_weight = 0.0
    credited_weight = 0.0
    for k, point in enumerate(rubric):
        found = chosen.get(k)
        if found is not None:
            covered_weight += point.weight
            credit = 1.0
        else:
            credit = PARTIAL_CREDIT * min(partial.get(k, 0), point.need) / point.need
        credited_weight += point.weight * credit
        results.append(
            PointResult(
                point.id,
                point.stage,
                point.weight,
                found is not None,
                [_clip(usable[i]) for i in found or []],
                round(credit, 4),
            )
        )
    factor = min(1.0, total_words / FULL_CREDIT_WORDS)
    score = round(max(0.0, min(1.0, credited_weight * factor)), 4)
    return Grade(score, results, total_words, round(covered_weight, 6))


def _clip(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_EVIDENCE_CHARS else sentence[: MAX_EVIDENCE_CHARS - 1] + "…"
