"""The home page: what is due today, the next problems on the roadmap, streak, progress per track."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import FileResponse, JSONResponse, Response

from mlinterview.services import dashboard
from mlinterview.services.progress import progress
from mlinterview.services.readiness import readiness
from mlinterview.services.review import stats
from mlinterview.web.routes import context, page
from mlinterview.web.templating import STATIC_DIR

router = APIRouter()


@router.get("/", name="home")
def home_page(request: Request) -> Response:
    ctx = context(request)
    prog = progress(ctx)
    plan, minutes = dashboard.today_plan(ctx)
    return page(
        request,
        "home.html",
        nav="home",
        progress=prog,
        plan=plan,
        plan_minutes=minutes,
        review=stats(ctx),
        due=dashboard.due_counts(ctx),
        is_first_visit=dashboard.is_first_visit(ctx),
        recent=dashboard.recent_attempts(ctx, limit=6),
        solved_total=sum(t.solved for t in prog.tracks),
        problems_total=sum(t.total for t in prog.tracks),
        readiness=readiness(ctx),
    )


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")


@router.get("/api/health")
def health(request: Request) -> Response:
    judging = request.app.state.judging
    return JSONResponse(
        {"ok": True, "judge_in_flight": judging.in_flight, "judge_capacity": judging.capacity}
    )
