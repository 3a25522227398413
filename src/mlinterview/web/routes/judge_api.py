"""Run (sample cases) and Submit (every case) as JSON endpoints.

The handler stays on the event loop only long enough to check the request; judging, recording
the attempt and rendering the verdict panel happen on a judge thread from the app's
:class:`~mlinterview.web.judging.JudgeQueue`, which answers 503 when its line is full.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel
from starlette.responses import JSONResponse, Response

from mlinterview.catalog import Problem
from mlinterview.errors import UserInputError
from mlinterview.services import custom_input, problem_state, sessions
from mlinterview.services.context import Context
from mlinterview.services.practice import (
    MAX_SUBMISSION_BYTES,
    has_growth_check,
    is_growth_measured,
    measure_growth,
)
from mlinterview.web.errors import error_response
from mlinterview.web.present import custom_view, jsonable, report_view
from mlinterview.web.routes import context, get_problem
from mlinterview.web.templating import render

router = APIRouter()


class CodeIn(BaseModel):
    code: str


class CustomIn(BaseModel):
    code: str
    input: str


class AttemptIn(BaseModel):
    attempt: int


def _judge_job(practice: Any, ctx: Context, problem: Problem, code: str, mode: str) -> dict[str, Any]:
    sessions.ensure_session(ctx, problem)  # a page whose script could not start it
    pending = False
    if mode == "run":
        judged = practice.run_samples(ctx, problem, code)
    else:
        # The verdict goes on screen now; the page asks for the complexity line next.
        judged = practice.submit(ctx, problem, code, complexity=False)
        pending = (
            is_growth_measured(judged.report) and has_growth_check(problem) and judged.attempt_id is not None
        )
    report = judged.report.to_dict()
    state = problem_state.problem_state(ctx, problem)
    view = report_view(
        problem,
        report,
        mode,
        review_rating=getattr(judged, "review_rating", None),
        is_solved=state.status == "solved",
    )
    return {
        "mode": mode,
        "problem": problem.slug,
        **jsonable(report),
        "label": view["label"],
        "status": state.status,
        "review_rating": view["review_rating"],
        "html": render("_verdict.html", r=view, problem=problem, complexity_pending=pending),
        "complexity_pending": pending,
        "attempt_id": getattr(judged, "attempt_id", None),
        "history_html": render("_history.html", history=state.history, problem=problem),
        "attempts": len(state.history),
    }


def _refuse(request: Request, code: str) -> Response | None:
    size = len(code.encode("utf-8"))
    if size > MAX_SUBMISSION_BYTES:
        return error_response(
            request.scope,
            413,
            "Too large",
            f"Your code is {size // 1024} KB, larger than the "
            f"{MAX_SUBMISSION_BYTES // 1024} KB a submission may be.",
        )
    if not code.strip():
        return error_response(request.scope, 400, None, "There is no code to run: the editor is empty.")
    return None


async def _judge(request: Request, slug: str, code: str, mode: str) -> Response:
    ctx = context(request)
    problem = get_problem(ctx, slug)
    refused = _refuse(request, code)
    if refused is not None:
        return refused
    app = request.app
    result = await app.state.judging.call(_judge_job, app.state.practice, ctx, problem, code, mode)
    return JSONResponse(result)


@router.post("/api/problems/{slug}/run")
async def run(request: Request, slug: str, body: CodeIn) -> Response:
    return await _judge(request, slug, body.code, "run")


@router.post("/api/problems/{slug}/submit")
async def submit(request: Request, slug: str, body: CodeIn) -> Response:
    return await _judge(request, slug, body.code, "submit")


def _custom_job(ctx: Context, problem: Problem, code: str, text: str) -> dict[str, Any]:
    run = custom_input.run_custom(ctx, problem, code, text)
    view = custom_view(problem, run)
    return {"verdict": view["verdict"], "html": render("_custom.html", c=view, problem=problem)}


@router.post("/api/problems/{slug}/custom")
async def custom(request: Request, slug: str, body: CustomIn) -> Response:
    """The learner's code and the reference on an input the learner wrote."""
    ctx = context(request)
    problem = get_problem(ctx, slug)
    refused = _refuse(request, body.code)
    if refused is not None:
        return refused
    try:
        custom_input.parse_input(problem, body.input)  # bad input is told at once, without judging
    except UserInputError as exc:
        return error_response(request.scope, 400, None, str(exc))
    judging = request.app.state.judging
    return JSONResponse(await judging.call(_custom_job, ctx, problem, body.code, body.input))


def _growth_job(ctx: Context, problem: Problem, attempt: int) -> dict[str, Any]:
    complexity = measure_growth(ctx, problem, attempt)
    html = render("_complexity.html", complexity=complexity) if complexity else ""
    return {"problem": problem.slug, "attempt": attempt, "complexity": jsonable(complexity), "html": html}


@router.post("/api/problems/{slug}/complexity")
async def complexity(request: Request, slug: str, body: AttemptIn) -> Response:
    """The complexity line of an accepted submission, measured after its verdict was shown."""
    ctx = context(request)
    problem = get_problem(ctx, slug)
    result = await request.app.state.judging.call(_growth_job, ctx, problem, body.attempt)
    return JSONResponse(result)
