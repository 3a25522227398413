"""Route modules, one per page, and the helpers they share."""

from __future__ import annotations

import difflib
from typing import Any

from fastapi import Request
from starlette.responses import Response

from mlinterview.catalog import Problem
from mlinterview.errors import UserInputError
from mlinterview.services.context import Context
from mlinterview.web.errors import not_found
from mlinterview.web.templating import templates


def context(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


def get_problem(ctx: Context, slug: str) -> Problem:
    """The problem, or a 404 linking to close matches."""
    try:
        return ctx.catalog.get(slug)
    except UserInputError as exc:
        if "cannot be loaded" in str(exc):
            raise not_found(str(exc)) from None
        problems = {p.slug: p for p in ctx.catalog.problems()}
        close = difflib.get_close_matches(slug, list(problems), n=3, cutoff=0.5)
        links = [(f"/problems/{s}", problems[s].title) for s in close]
        raise not_found(f"There is no problem called “{slug}”.", links) from None


def page(request: Request, name: str, **data: Any) -> Response:
    return templates.TemplateResponse(request, name, data)
