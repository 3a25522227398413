"""The application factory: one :class:`Context` per app, its warm judge workers started with the
app and closed with it, the guard, the routes, static files and error pages.

Page handlers are plain functions, so Starlette runs them on its thread pool; each store call
opens and closes its own pooled connection, which keeps concurrent requests safe on SQLite
(WAL, busy timeout). Judging goes through :class:`~mlinterview.web.judging.JudgeQueue`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from mlinterview.config import Config
from mlinterview.services.context import Context
from mlinterview.services.practice import MAX_SUBMISSION_BYTES
from mlinterview.web import errors
from mlinterview.web.judging import JudgeQueue
from mlinterview.web.security import LOCAL_HOSTS, Guard
from mlinterview.web.templating import STATIC_DIR

log = logging.getLogger("mlinterview.web")

MAX_WAITING = 8
# A JSON body holds the code escaped (newlines, quotes): leave room above the code's own cap.
MAX_BODY_BYTES = 4 * MAX_SUBMISSION_BYTES
GZIP_MIN_BYTES = 1000  # smaller answers are not worth compressing


class CachedStatic(StaticFiles):
    """Static files; versioned URLs (``?v=hash``) may be cached for a year."""

    def file_response(
        self, full_path: Any, stat_result: os.stat_result, scope: Scope, status_code: int = 200
    ) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        if b"v=" in scope.get("query_string", b""):
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        else:
            response.headers["Cache-Control"] = "no-cache"
        return response


def warm(ctx: Context) -> None:
    """Build the lazy parts once, before requests race to build them, and start the judge's
    warm workers (idempotent)."""
    ctx.warm()


def create_app(
    ctx: Context | None = None,
    *,
    workers: int | None = None,
    max_waiting: int = MAX_WAITING,
    practice: Any = None,
    allowed_hosts: Iterable[str] | None = LOCAL_HOSTS,
) -> FastAPI:
    """The web app.

    ``ctx``: an existing context, which the caller closes (``mli serve``, tests); by default
    one is built from the environment, with ``workers`` warm judge workers (default: the
    config's), and closed at shutdown. ``max_waiting``: submissions allowed to wait for a
    busy judge. ``practice``: what runs and submits code (``run_samples``/``submit`` like
    :mod:`mlinterview.services.practice`, the default), swappable in tests.
    ``allowed_hosts``: names the server answers to (None: any).
    """
    from mlinterview.services import practice as practice_service
    from mlinterview.web.routes import (
        design,
        home,
        journal,
        judge_api,
        mock,
        plan,
        problems,
        progress,
        review,
        stories,
    )

    owns_context = ctx is None
    context = ctx if ctx is not None else Context(Config.from_env(), workers=workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(warm, context)
        log.info("judge ready: %d worker(s)", context.workers)
        try:
            yield
        finally:
            app.state.judging.close()
            if owns_context:
                await run_in_threadpool(context.close)

    app = FastAPI(title="mlinterview", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.ctx = context
    app.state.practice = practice if practice is not None else practice_service
    app.state.judging = JudgeQueue(context.workers, max_waiting)
    errors.install(app)
    app.add_middleware(
        Guard,
        respond=errors.error_response,
        allowed_hosts=allowed_hosts,
        max_body_bytes=MAX_BODY_BYTES,
    )
    # Outermost: pages, JSON and static files travel gzipped (the editor bundle shrinks ~3x).
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)
    for module in (home, problems, judge_api, review, progress, plan, mock, journal, design, stories):
        app.include_router(module.router)
    app.mount("/static", CachedStatic(directory=STATIC_DIR), name="static")
    return app
