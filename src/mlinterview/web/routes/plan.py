"""The Plan page: the weeks to the interview as a calendar (this week highlighted, done items
ticked), what changed since the plan was set, a form to set it, and its iCalendar file."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from mlinterview.errors import UserInputError
from mlinterview.services.plan import WEEKDAYS, export_ics, parse_date, set_plan, show_plan
from mlinterview.services.planner import ROLE_WEIGHTS, ROLES
from mlinterview.web.routes import context, page

router = APIRouter()


def _plan_page(request: Request, error: str | None = None, status: int = 200) -> Response:
    ctx = context(request)
    try:
        view = show_plan(ctx)
    except UserInputError as exc:
        view, error = None, error or str(exc)
    response = page(
        request,
        "plan.html",
        nav="plan",
        view=view,
        error=error,
        roles=ROLES,
        role_weights=ROLE_WEIGHTS,
        weekdays=WEEKDAYS,
        today=ctx.clock().date(),
    )
    response.status_code = status
    return response


@router.get("/plan", name="plan")
def plan_page(request: Request) -> Response:
    return _plan_page(request)


@router.post("/plan")
def plan_set(
    request: Request,
    interview_date: Annotated[str, Form()],
    hours_per_week: Annotated[float, Form(gt=0, le=100)],
    role: Annotated[str, Form()] = "mle",
    company: Annotated[str, Form()] = "",
    rest_days: Annotated[list[str] | None, Form()] = None,
) -> Response:
    ctx = context(request)
    try:
        set_plan(
            ctx,
            interview_date=parse_date(interview_date, "interview date"),
            hours_per_week=hours_per_week,
            rest_days=[d for d in WEEKDAYS if d in (rest_days or [])],
            role=role,
            company=company.strip() or None,
        )
    except UserInputError as exc:
        return _plan_page(request, str(exc), 400)
    return RedirectResponse("/plan", status_code=303)


@router.get("/plan.ics")
def plan_ics(request: Request) -> Response:
    ctx = context(request)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.ics"
        try:
            export_ics(ctx, path)
        except UserInputError as exc:
            return _plan_page(request, str(exc), 404)
        data = path.read_bytes()
    return Response(
        data,
        media_type="text/calendar",
        headers={"Content-Disposition": 'attachment; filename="mlinterview-plan.ics"'},
    )
