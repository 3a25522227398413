"""Every failure as a friendly answer: an HTML page for pages, a JSON message for the API."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import Scope

from mlinterview.errors import ContentError, JudgeUnavailable, MliError, StoreError, UserInputError
from mlinterview.web.judging import JudgeBusy
from mlinterview.web.templating import render

TITLES = {
    400: "Bad request",
    403: "Not allowed",
    404: "Page not found",
    405: "Not allowed here",
    413: "Too large",
    422: "Not understood",
    500: "Something went wrong",
    503: "Busy",
}


def wants_json(scope: Scope) -> bool:
    if scope.get("path", "").startswith("/api/"):
        return True
    accept = ""
    for key, value in scope.get("headers", []):
        if key == b"accept":
            accept = value.decode("latin-1")
    return "application/json" in accept and "text/html" not in accept


def error_response(scope: Scope, status: int, title: str | None, message: str, **extra: Any) -> Response:
    title = title or TITLES.get(status, "Error")
    if wants_json(scope):
        return JSONResponse({"error": message, "status": status, **extra}, status_code=status)
    html = render(
        "error.html", status=status, title=title, message=message, path=scope.get("path", ""), extra=extra
    )
    return HTMLResponse(html, status_code=status)


class NotFound(Exception):
    """A 404 with a message and, optionally, links to what the learner may have meant."""

    def __init__(self, message: str, links: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message)
        self.links = links or []


def not_found(
    message: str = "There is no page at this address.", links: list[tuple[str, str]] | None = None
) -> NotFound:
    return NotFound(message, links)


def install(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else TITLES.get(exc.status_code, "Error")
        if exc.status_code == 404 and detail == "Not Found":
            detail = "There is no page at this address."
        if exc.status_code == 405:
            detail = "This address does not accept that kind of request."
        return error_response(request.scope, exc.status_code, None, detail)

    @app.exception_handler(NotFound)
    async def missing(request: Request, exc: NotFound) -> Response:
        return error_response(request.scope, 404, None, str(exc), links=exc.links)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        fields = sorted({".".join(str(p) for p in e.get("loc", ())[1:]) or "body" for e in exc.errors()})
        return error_response(
            request.scope, 422, None, f"The request was not understood (check: {', '.join(fields)})."
        )

    @app.exception_handler(JudgeBusy)
    async def busy(request: Request, exc: JudgeBusy) -> Response:
        response = error_response(request.scope, 503, "The judge is busy", str(exc))
        response.headers["Retry-After"] = "2"
        return response

    @app.exception_handler(MliError)
    async def our_error(request: Request, exc: MliError) -> Response:
        if isinstance(exc, UserInputError):
            return error_response(request.scope, 400, None, str(exc))
        if isinstance(exc, JudgeUnavailable | StoreError):
            return error_response(request.scope, 503, "Not available", str(exc))
        if isinstance(exc, ContentError):
            return error_response(
                request.scope,
                500,
                "A problem pack is broken",
                f"{exc}. Run `mli validate` to see every issue.",
            )
        return error_response(request.scope, 500, None, str(exc))
