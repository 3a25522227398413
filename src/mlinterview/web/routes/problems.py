"""The problem list (filters, search, progress marks) and the problem page (statement, editor,
hints, editorial, attempt history)."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from mlinterview.errors import UserInputError
from mlinterview.services import custom_input, listing, problem_state, sessions
from mlinterview.services.practice import MAX_SUBMISSION_BYTES, next_hint
from mlinterview.web.errors import not_found
from mlinterview.web.markdown import render_markdown
from mlinterview.web.routes import context, get_problem, page
from mlinterview.web.templating import render

router = APIRouter()


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _listing(
    request: Request,
    track: str | None,
    difficulty: str | None,
    topic: str | None,
    status: str | None,
    q: str | None,
    sort: str | None,
) -> tuple[dict[str, str | None], listing.ProblemListing]:
    filters = {
        "track": _clean(track),
        "difficulty": _clean(difficulty),
        "topic": _clean(topic),
        "status": status if status in listing.STATUSES else None,
        "q": _clean(q),
        "sort": sort if sort in listing.SORTS else None,
    }
    found = listing.list_problems(
        context(request),
        track=filters["track"],
        difficulty=filters["difficulty"],
        topic=filters["topic"],
        status=filters["status"],
        query=filters["q"],
        sort=filters["sort"],
    )
    return filters, found


@router.get("/problems", name="problems")
def problem_list(
    request: Request,
    track: str | None = None,
    difficulty: str | None = None,
    topic: str | None = None,
    status: str | None = None,
    q: str | None = None,
    sort: str | None = None,
) -> Response:
    filters, found = _listing(request, track, difficulty, topic, status, q, sort)
    query = urlencode({k: v for k, v in filters.items() if v and k != "sort"})
    return page(
        request,
        "problems.html",
        nav="problems",
        listing=found,
        filters=filters,
        sorts=listing.SORTS,
        query=query,
        is_filtered=any(filters[k] for k in ("difficulty", "topic", "status", "q")),
    )


@router.get("/problems/pick", name="pick")
def pick(
    request: Request,
    track: str | None = None,
    difficulty: str | None = None,
    topic: str | None = None,
    status: str | None = None,
    q: str | None = None,
) -> Response:
    """ "Pick one for me": a random unsolved problem among the ones the filters list."""
    _, found = _listing(request, track, difficulty, topic, status, q, None)
    problem = listing.pick_problem(found)
    if problem is None:
        raise not_found("No problem matches these filters, so there is nothing to pick.")
    return RedirectResponse(f"/problems/{problem.slug}", status_code=303)


@router.get("/problems/{slug}", name="problem")
def problem_page(request: Request, slug: str) -> Response:
    ctx = context(request)
    problem = get_problem(ctx, slug)  # a GET writes nothing: the page's script starts the session
    state = problem_state.problem_state(ctx, problem)
    rows = listing.list_problems(ctx, track=problem.track).rows
    slugs = [r.problem.slug for r in rows]
    at = slugs.index(problem.slug) if problem.slug in slugs else -1
    neighbours = (
        rows[at - 1].problem if at > 0 else None,
        rows[at + 1].problem if 0 <= at < len(rows) - 1 else None,
    )
    tables = problem_state.sql_tables(ctx, problem)
    data = {
        "slug": problem.slug,
        "language": problem.language,
        "starter": problem.starter,
        "savedAt": state.code_saved_at.isoformat() if state.code_saved_at else None,
        "status": state.status,
        "hintsShown": len(state.hints_shown),
        "hintsTotal": state.hints_total,
        "maxBytes": MAX_SUBMISSION_BYTES,
        "tables": {t.name: list(t.columns) for t in tables},
        "samples": custom_input.sample_inputs(ctx, problem) if problem.language == "python" else None,
    }
    return page(
        request,
        "problem.html",
        nav="problems",
        problem=problem,
        state=state,
        tables=tables,
        data=data,
        neighbours=neighbours,
    )


@router.post("/api/problems/{slug}/session")
def start_session(request: Request, slug: str) -> Response:
    """The learner opened the problem: start timing it (a POST, so no other site can)."""
    ctx = context(request)
    sessions.ensure_session(ctx, get_problem(ctx, slug))
    return Response(status_code=204)


@router.post("/api/problems/{slug}/hint")
def reveal_hint(request: Request, slug: str) -> Response:
    ctx = context(request)
    get_problem(ctx, slug)
    problem, number, text = next_hint(ctx, slug)
    total = len(problem.hints.hints)
    if text is None:
        return JSONResponse({"done": True, "number": number, "total": total, "html": ""})
    html = render("_hint.html", number=number, total=total, text=text)
    return JSONResponse({"done": number >= total, "number": number, "total": total, "html": html})


@router.get("/api/problems/{slug}/editorial")
def editorial(request: Request, slug: str, confirm: bool = False) -> Response:
    """The editorial and the reference; before the problem is solved only with ``confirm``."""
    ctx = context(request)
    problem = get_problem(ctx, slug)
    from mlinterview.services.mock import editorial_locked

    if editorial_locked(ctx, problem.slug):
        return JSONResponse(
            {"status": 423, "error": "This problem is in a mock that is still running: the editorial "
             "unlocks when the mock ends."},
            status_code=423,
        )  # fmt: skip
    state = problem_state.problem_state(ctx, problem, history=0)
    if state.status != "solved" and not confirm:
        return JSONResponse(
            {
                "needs_confirm": True,
                "status": 409,
                "error": "You have not solved this problem yet. Reading the editorial "
                "now gives the answer away.",
            },
            status_code=409,
        )
    html = render(
        "_editorial.html",
        problem=problem,
        editorial=render_markdown(problem.editorial),
        solution=render_markdown(f"```{problem.language}\n{problem.solution}\n```"),
    )
    return JSONResponse({"html": html})


@router.get("/api/problems/{slug}/attempts/{attempt_id}")
def attempt(request: Request, slug: str, attempt_id: int) -> Response:
    ctx = context(request)
    problem = get_problem(ctx, slug)
    try:
        code = problem_state.attempt_code(ctx, problem, attempt_id)
    except UserInputError as exc:
        raise not_found(str(exc)) from None
    return JSONResponse({"code": code})
