"""The Mock pages: start a mock, the running mock (a clock, think aloud first, Run and Submit
or one Submit in whiteboard mode, hints that cost points), its report, and the history of
mocks with a chart of scores over time. Forms post and redirect; only the clock is a script."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from starlette.responses import RedirectResponse, Response

from mlinterview.errors import UserInputError
from mlinterview.services import mock as mocks
from mlinterview.services import mock_items
from mlinterview.services.context import Context
from mlinterview.services.practice import MAX_SUBMISSION_BYTES
from mlinterview.web.errors import not_found
from mlinterview.web.loop_charts import mock_scores
from mlinterview.web.routes import context, page

router = APIRouter()
Text = Annotated[str, Form(max_length=MAX_SUBMISSION_BYTES)]


def _index(request: Request, error: str | None = None, status: int = 200) -> Response:
    ctx = context(request)
    history = list(reversed(mocks.history(ctx)))
    finished = [m for m in reversed(history) if m.is_finished]
    chart = mock_scores([(m.started_at, m.score, m.kind) for m in finished])
    response = page(
        request,
        "mock_index.html",
        nav="mock",
        kinds=mock_items.MOCK_KINDS,
        available=mock_items.available_kinds(ctx),
        history=history,
        chart=chart,
        hint_cost=mocks.HINT_COST,
        error=error,
    )
    response.status_code = status
    return response


@router.get("/mock", name="mock")
def mock_index(request: Request) -> Response:
    return _index(request)


@router.post("/mock")
def mock_start(
    request: Request,
    kind: Annotated[str, Form()],
    whiteboard: Annotated[str, Form()] = "",
    company: Annotated[str, Form(max_length=120)] = "",
) -> Response:
    ctx = context(request)
    try:
        state = mocks.start_mock(ctx, kind, whiteboard=bool(whiteboard), company=company.strip() or None)
    except UserInputError as exc:
        return _index(request, str(exc), 400)
    return RedirectResponse(f"/mock/{state.id}", status_code=303)


def _state(ctx: Context, mock_id: str) -> mocks.MockState:
    try:
        return mocks.get_mock(ctx, mock_id)
    except UserInputError as exc:
        raise not_found(str(exc)) from None


@router.get("/mock/{mock_id}")
def mock_page(request: Request, mock_id: str, round: int | None = None, item: str | None = None) -> Response:
    ctx = context(request)
    state = _state(ctx, mock_id)
    if state.is_finished:
        return page(request, "mock_report.html", nav="mock", state=state)
    current = None
    if round is not None and item is not None:
        try:
            current = state.item(round, item)
        except UserInputError as exc:
            raise not_found(str(exc)) from None
    else:
        pending = [(r, i) for r in state.rounds for i in r.items if i.verdict == "unanswered"]
        current = pending[0] if pending else (state.rounds[0], state.rounds[0].items[0])
    rnd, it = current
    mocks.open_item(ctx, mock_id, rnd.index, it.slug)
    return page(
        request,
        "mock.html",
        nav="mock",
        state=state,
        rnd=rnd,
        item=it,
        view=mocks.item_material(ctx, it),
        hint_cost=mocks.HINT_COST,
        error=request.query_params.get("error"),
    )


def _text(value: str) -> str:
    """Browsers send a textarea's line ends as CRLF; the judge and the record want LF."""
    return value.replace("\r\n", "\n")


def _back(mock_id: str, round_index: int, slug: str, error: str | None = None) -> Response:
    query = {"round": round_index, "item": slug, **({"error": error} if error else {})}
    return RedirectResponse(f"/mock/{mock_id}?{urlencode(query)}", status_code=303)


@router.post("/mock/{mock_id}/think")
def mock_think(
    request: Request, mock_id: str, round_index: Annotated[int, Form()], slug: Annotated[str, Form()],
    approach: Text, complexity: Annotated[str, Form(max_length=40)] = "",
) -> Response:  # fmt: skip
    try:
        mocks.think(context(request), mock_id, round_index, slug, _text(approach), complexity)
    except UserInputError as exc:
        return _back(mock_id, round_index, slug, str(exc))
    return _back(mock_id, round_index, slug)


@router.post("/mock/{mock_id}/hint")
def mock_hint(
    request: Request, mock_id: str, round_index: Annotated[int, Form()], slug: Annotated[str, Form()]
) -> Response:
    try:
        mocks.take_hint(context(request), mock_id, round_index, slug)
    except UserInputError as exc:
        return _back(mock_id, round_index, slug, str(exc))
    return _back(mock_id, round_index, slug)


@router.post("/mock/{mock_id}/run")
async def mock_run(
    request: Request,
    mock_id: str,
    round_index: Annotated[int, Form()],
    slug: Annotated[str, Form()],
    code: Text,
) -> Response:
    app, ctx = request.app, context(request)
    try:
        await app.state.judging.call(
            mocks.run_item, ctx, mock_id, round_index, slug, _text(code), app.state.practice
        )
    except UserInputError as exc:
        return _back(mock_id, round_index, slug, str(exc))
    return _back(mock_id, round_index, slug)


def _answer(ctx: Context, mock_id: str, round_index: int, slug: str, text: str, rating: int | None,
            practice: Any) -> None:  # fmt: skip
    mocks.answer_item(ctx, mock_id, round_index, slug, text, self_rating=rating, practice=practice)


@router.post("/mock/{mock_id}/answer")
async def mock_answer(
    request: Request, mock_id: str, round_index: Annotated[int, Form()], slug: Annotated[str, Form()],
    code: Text = "", rating: Annotated[int | None, Form()] = None,
) -> Response:  # fmt: skip
    app, ctx = request.app, context(request)
    try:
        await app.state.judging.call(
            _answer, ctx, mock_id, round_index, slug, _text(code), rating, app.state.practice
        )
    except UserInputError as exc:
        return _back(mock_id, round_index, slug, str(exc))
    return _back(mock_id, round_index, slug)


@router.post("/mock/{mock_id}/finish")
def mock_finish(request: Request, mock_id: str) -> Response:
    try:
        mocks.finish(context(request), mock_id)
    except UserInputError:
        pass  # already finished: the report shows
    return RedirectResponse(f"/mock/{mock_id}", status_code=303)
