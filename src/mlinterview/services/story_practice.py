"""Behavioral practice: a question drawn from the bank, a two-minute answer, and the feedback
a coach gives, computed deterministically from the text.

The rules (also in the README):

- **STAR parts.** Each of situation, task, action and result must be present. A part counts as
  present when the answer has a heading or label for it ("Situation:", "## Task") or a sentence
  with one of its cue phrases (:data:`CUES`), for example "at my last job" (situation), "my goal
  was" (task), "I built" (action), "as a result" (result). Two sentences of action are needed,
  because the action is the longest part of a good answer.
- **A result with a number.** A result sentence (one with a result cue, the result section, or
  one of the last two sentences, where a told story ends) contains a figure: digits, a
  percentage, or a word such as "doubled", "halved", "twice", "thousand".
- **"I" rather than "we".** The learner's own actions are told in the first person singular:
  the answer passes when "I", "me", "my" are used at least as often as "we", "us", "our", and
  at least three times. Sentences where "we" did something are listed to rewrite.
- **Length.** Two minutes of speech at 110 to 165 words a minute: 220 to 330 words.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime

from mlinterview.catalog.behavioral import BehavioralQuestion
from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.services.review import schedule_item
from mlinterview.services.stories import PARTS, STORY_TRACK, Story, get_story
from mlinterview.services.stories import questions as bank_questions
from mlinterview.srs import RATINGS

CLOCK_S = 120
WORDS_PER_MINUTE = (110, 165)
MIN_WORDS = CLOCK_S // 60 * WORDS_PER_MINUTE[0]  # 220
MAX_WORDS = CLOCK_S // 60 * WORDS_PER_MINUTE[1]  # 330
MAX_ANSWER_CHARS = 20_000
MIN_I_COUNT = 3
MIN_ACTION_SENTENCES = 2

_ACTION_VERBS = (
    "analysed|analyzed|asked|automated|booked|brought|built|called|changed|chose|coached|collected|"
    "compared|convinced|created|cut|debugged|decided|defined|designed|documented|drafted|drove|"
    "escalated|explained|found|gathered|hired|implemented|interviewed|introduced|investigated|"
    "labelled|labeled|launched|led|listened|made|measured|mentored|met|migrated|moved|negotiated|"
    "offered|organised|organized|paired|persuaded|picked|planned|presented|prioritised|prioritized|"
    "profiled|proposed|prototyped|pushed|ran|raised|reached|rebuilt|recommended|replaced|reran|"
    "retrained|reviewed|rewrote|scheduled|set|shared|shipped|showed|simplified|split|spoke|started|"
    "stopped|suggested|talked|taught|tested|tracked|trained|tried|tuned|used|validated|wrote"
)
CUES: dict[str, re.Pattern[str]] = {
    "situation": re.compile(
        r"\b(at my (last|previous|current|first) (job|company|team|role)|when i (was|worked|joined)|"
        r"i was (working|leading|part of|on)|i worked|i joined|our team|the team|my team|the company|"
        r"back in|in (19|20)\d\d|last (year|quarter)|(a few|two|three|several) (years|months) ago|"
        r"at the time|in my (role|position|previous role|first job)|as an? [a-z ]{2,30} at|"
        r"(the )?(situation|context|background) (was|is)|we were|we had)\b",
        re.I,
    ),
    "task": re.compile(
        r"\b(my (task|goal|job|role|responsibility|mandate|brief) (was|is)|i was (asked|tasked|"
        r"responsible|expected|given)|i (had|needed|wanted) to|the (goal|task|challenge|problem|"
        r"objective|ask|aim) was|my aim was|we (had|needed) to|it was (up to|on) me|i owned|"
        r"i took (on|ownership)|i set out to|i was in charge of)\b",
        re.I,
    ),
    "action": re.compile(rf"\bi (first |then |also |personally |quickly )?({_ACTION_VERBS})\b", re.I),
    "result": re.compile(
        r"\b(as a result|in the end|the result|the outcome|this (led|meant)|which (led|meant)|"
        r"resulted in|ended up|afterwards|since then|"
        r"(dropped|fell|rose|grew|jumped|climbed|declined|went up|went down) (from |to |by )?\d+|"
        r"(dropped|fell|rose|grew) (from|to|by)|"
        r"(reduced|increased|improved|raised|lowered|saved|cut|doubled|halved|tripled) "
        r"(the|our|it|from|to|by|\d+)|shipped|launched|passed|was adopted|is still used)\b",
        re.I,
    ),
}
_LABEL = re.compile(
    r"^\s*(?:#{1,6}\s*|\*\*)?(situation|task|action|result)\b\s*(?:\*\*)?\s*[:.\-—]?", re.I | re.M
)
_NUMBER = re.compile(
    r"\d|\b(doubled|halved|tripled|twice|half|ten|dozen|hundred|thousand|million|billion)\b", re.I
)
_I_WORDS = re.compile(r"\b(i|i'm|i've|i'd|i'll|me|my|myself)\b", re.I)
_WE_WORDS = re.compile(r"\b(we|we're|we've|we'd|we'll|us|our|ourselves)\b", re.I)
_WE_ACTION = re.compile(rf"\bwe (first |then |also )?({_ACTION_VERBS}|did|worked)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass
class Check:
    id: str  # star | number | i-not-we | length
    passed: bool
    message: str


@dataclass
class Feedback:
    words: int
    parts: dict[str, bool]  # situation/task/action/result -> present
    i_count: int
    we_count: int
    checks: list[Check]
    rewrite: list[str] = field(default_factory=list)  # "we" sentences to say with "I"
    number_sentence: str | None = None
    elapsed_s: float | None = None

    @property
    def passed(self) -> int:
        return sum(c.passed for c in self.checks)

    @property
    def is_strong(self) -> bool:
        return all(c.passed for c in self.checks)

    def as_dict(self) -> dict[str, object]:
        return {
            "words": self.words,
            "parts": self.parts,
            "i_count": self.i_count,
            "we_count": self.we_count,
            "checks": [{"id": c.id, "passed": c.passed, "message": c.message} for c in self.checks],
            "rewrite": self.rewrite,
            "elapsed_s": self.elapsed_s,
        }


def sentences(text: str) -> list[str]:
    """Sentences of a text whose lines may be wrapped; a blank line or a heading ends one too."""
    out: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        lines = [line.strip() for line in paragraph.splitlines()]
        chunk: list[str] = []
        for line in lines:  # a line that is a label or heading stands alone
            if _LABEL.match(line) and chunk:
                out.extend(_SENTENCE.split(" ".join(chunk)))
                chunk = []
            chunk.append(line)
        out.extend(_SENTENCE.split(" ".join(chunk)))
    return [s.strip() for s in out if s.strip()]


def feedback(answer: str, elapsed_s: float | None = None) -> Feedback:
    """The four checks of the module docstring on one answer."""
    if len(answer) > MAX_ANSWER_CHARS:
        raise UserInputError(f"the answer is {len(answer)} characters; at most {MAX_ANSWER_CHARS}")
    text = answer.strip()
    words = len(re.findall(r"[A-Za-z0-9][\w'’%.-]*", text))
    labelled = {m.group(1).lower() for m in _LABEL.finditer(text)}
    all_sentences = sentences(text)
    by_part = {p: [s for s in all_sentences if CUES[p].search(s)] for p in PARTS}
    # an answer ends with its result: the last two sentences may quote the figure too
    result_sentences = by_part["result"] + _labelled_section(text, "result") + all_sentences[-2:]
    parts = {
        p: p in labelled or len(by_part[p]) >= (MIN_ACTION_SENTENCES if p == "action" else 1) for p in PARTS
    }
    missing = [p for p in PARTS if not parts[p]]
    checks = [
        Check(
            "star",
            not missing,
            "All four STAR parts are there."
            if not missing
            else "Missing: " + ", ".join(missing) + ". " + " ".join(_PART_ADVICE[p] for p in missing),
        )
    ]
    with_number = next((s for s in result_sentences if _NUMBER.search(s)), None)
    checks.append(
        Check(
            "number",
            with_number is not None,
            f"Your result quotes a figure: “{_clip(with_number)}”"
            if with_number
            else "Your result has no number. Say how much: a percentage, a time saved, users reached, "
            "money, errors avoided.",
        )
    )
    i_count, we_count = len(_I_WORDS.findall(text)), len(_WE_WORDS.findall(text))
    rewrite = [_clip(s) for s in all_sentences if _WE_ACTION.search(s)][:5]
    owns = i_count >= max(we_count, MIN_I_COUNT)
    checks.append(
        Check(
            "i-not-we",
            owns,
            f"You speak of your own actions: “I” {i_count} times, “we” {we_count} times."
            if owns
            else f"Too much “we” ({we_count}) and too little “I” ({i_count}): the interviewer is "
            "hiring you, so say what you did yourself.",
        )
    )
    if words < MIN_WORDS:
        length = (
            f"{words} words is short for two minutes ({MIN_WORDS}–{MAX_WORDS}): add detail to the action."
        )
    elif words > MAX_WORDS:
        length = f"{words} words runs past two minutes ({MIN_WORDS}–{MAX_WORDS}): trim the situation."
    else:
        length = f"{words} words fits two minutes of speech ({MIN_WORDS}–{MAX_WORDS})."
    checks.append(Check("length", MIN_WORDS <= words <= MAX_WORDS, length))
    return Feedback(words, parts, i_count, we_count, checks, rewrite, with_number, elapsed_s)


_PART_ADVICE = {
    "situation": "Open with the context: where you were and what was at stake.",
    "task": "Say what you were responsible for (“my goal was…”).",
    "action": "Give at least two steps you took yourself (“I built…, then I…”).",
    "result": "End with the outcome (“as a result…”).",
}


def _labelled_section(text: str, part: str) -> list[str]:
    labels = list(_LABEL.finditer(text))
    for i, match in enumerate(labels):
        if match.group(1).lower() == part:
            end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
            return sentences(text[match.end() : end])
    return []


def _clip(sentence: str | None, limit: int = 160) -> str:
    s = (sentence or "").strip()
    return s if len(s) <= limit else s[: limit - 1] + "…"


# -- drawing a question ----------------------------------------------------------------------------
def draw_question(
    ctx: Context,
    competency: str | None = None,
    question_id: str | None = None,
    rng: random.Random | None = None,
) -> BehavioralQuestion:
    """The named question, or one drawn at random (within a competency when given)."""
    if question_id is not None:
        for q in bank_questions(ctx):
            if q.id == question_id:
                return q
        raise UserInputError(f"no behavioral question {question_id!r}; see `mli story questions`")
    pool = bank_questions(ctx, competency)
    if not pool:
        raise UserInputError("no behavioral questions are loaded; run `mli validate`")
    return (rng or random.Random()).choice(pool)


# -- a story in the review queue -------------------------------------------------------------------
def rating_from_feedback(result: Feedback) -> int:
    """All four checks pass: Good; one missed: Hard; more: Again."""
    missed = len(result.checks) - result.passed
    return RATINGS["good"] if missed == 0 else RATINGS["hard"] if missed == 1 else RATINGS["again"]


def tell_story(
    ctx: Context,
    story_id: int,
    answer: str | None = None,
    *,
    elapsed_s: float | None = None,
    override: int | None = None,
    now: datetime | None = None,
) -> tuple[Story, Feedback, int]:
    """Feedback on a story as told (``answer``, or the story's own text) and its review rating.
    The story enters the review queue on its first telling and comes back when due."""
    story = get_story(ctx, story_id)
    result = feedback(answer if answer and answer.strip() else story.telling(), elapsed_s)
    rating = override or rating_from_feedback(result)
    schedule_item(ctx, "story", story.item_id, STORY_TRACK, rating, now=now, duration_s=elapsed_s)
    return story, result, rating
