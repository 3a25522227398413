"""The optional model grader of design answers: an OpenAI-compatible chat server (set by
``MLINTERVIEW_LLM_URL``) grades the answer against the same rubric as the deterministic grader.

Off by default; nothing is sent anywhere unless the learner sets the URL and asks (``--llm``).
The reply is untrusted: read with a size cap, parsed as JSON of a fixed shape, comments clipped.
A time-out, an HTTP error or a reply of the wrong shape becomes a clear message in
:attr:`LlmReview.error`, never an exception, so the deterministic result is always shown.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from mlinterview.catalog.design import DesignPrompt
from mlinterview.config import Config
from mlinterview.errors import UserInputError

TIMEOUT_S = 60.0
MAX_REPLY_BYTES = 1_000_000
MAX_ANSWER_CHARS = 60_000
MAX_COMMENT_CHARS = 600
SYSTEM = (
    "You are a senior machine-learning engineer grading a written ML system design interview answer "
    "against a rubric. For each rubric point, decide whether the answer covers it and write one short "
    "comment for the candidate. Reply with one JSON object and nothing else, of this shape: "
    '{"score": <number from 0 to 1: the weighted share of the rubric covered>, '
    '"points": {"<point id>": {"covered": true or false, "comment": "<one or two sentences>"}}, '
    '"summary": "<three sentences at most: the strongest part and what to improve first>"}'
)


@dataclass
class LlmReview:
    model: str
    score: float | None = None
    covered: dict[str, bool] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    summary: str = ""
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "score": self.score,
            "points": {k: {"covered": self.covered.get(k), "comment": v} for k, v in self.comments.items()},
            "summary": self.summary,
            "error": self.error,
        }


def endpoint(url: str) -> str:
    """The chat-completions URL from a server's base URL, its ``/v1`` or the full path."""
    url = url.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if url.endswith("/v1"):
        return url + "/chat/completions"
    return url + "/v1/chat/completions"


def messages(prompt: DesignPrompt, answer: str) -> list[dict[str, str]]:
    rubric = "\n".join(f"- {p.id} (stage {p.stage}, weight {p.weight:g}): {p.text}" for p in prompt.rubric)
    user = (
        f"# Interview prompt: {prompt.title}\n\n{prompt.prompt}\n\n# Rubric\n\n{rubric}\n\n"
        f"# The candidate's answer\n\n{answer[:MAX_ANSWER_CHARS]}"
    )
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def llm_review(
    config: Config, prompt: DesignPrompt, answer: str, *, timeout_s: float = TIMEOUT_S
) -> LlmReview:
    if not config.llm_url:
        raise UserInputError(
            "the model grader is off: set MLINTERVIEW_LLM_URL to an OpenAI-compatible server"
        )
    review = LlmReview(config.llm_model)
    url = endpoint(config.llm_url)
    body = json.dumps(
        {"model": config.llm_model, "messages": messages(prompt, answer), "temperature": 0}
    ).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "Accept": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            raw = response.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as exc:
        review.error = f"the model server at {url} answered HTTP {exc.code} ({exc.reason})"
        return review
    except TimeoutError:
        review.error = f"the model server at {url} did not answer within {timeout_s:g} s"
        return review
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError):
            review.error = f"the model server at {url} did not answer within {timeout_s:g} s"
        else:
            review.error = f"the model server at {url} cannot be reached ({reason})"
        return review
    if len(raw) > MAX_REPLY_BYTES:
        review.error = f"the model server's reply is larger than {MAX_REPLY_BYTES} bytes"
        return review
    try:
        _read(review, raw, {p.id for p in prompt.rubric})
    except ValueError as exc:
        review.error = f"the model's reply is not a grade of the expected shape: {exc}"
    return review


def _read(review: LlmReview, raw: bytes, point_ids: set[str]) -> None:
    try:
        reply = json.loads(raw)
        content = reply["choices"][0]["message"]["content"]
        review.model = str(reply.get("model") or review.model)[:100]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ValueError("no choices[0].message.content in the reply") from None
    if not isinstance(content, str):
        raise ValueError("the message content is not text")
    found = re.search(r"\{.*\}", content, re.DOTALL)  # models often wrap JSON in prose or fences
    if not found:
        raise ValueError("the message holds no JSON object")
    try:
        grade = json.loads(found.group(0))
    except ValueError:
        raise ValueError("the message's JSON does not parse") from None
    if not isinstance(grade, dict):
        raise ValueError("the grade is not an object")
    score = grade.get("score")
    if isinstance(score, int | float) and not isinstance(score, bool) and 0 <= score <= 1:
        review.score = float(score)
    points = grade.get("points")
    if not isinstance(points, dict):
        raise ValueError('"points" is missing or not an object')
    for point_id, verdict in points.items():
        if point_id not in point_ids or not isinstance(verdict, dict):
            continue  # a point the rubric does not have is ignored, not shown
        covered = verdict.get("covered")
        if isinstance(covered, bool):
            review.covered[point_id] = covered
        comment = verdict.get("comment")
        if isinstance(comment, str) and comment.strip():
            review.comments[point_id] = comment.strip()[:MAX_COMMENT_CHARS]
    if not review.covered and not review.comments:
        raise ValueError("no rubric point of this prompt was graded")
    summary = grade.get("summary")
    if isinstance(summary, str):
        review.summary = summary.strip()[: MAX_COMMENT_CHARS * 2]
