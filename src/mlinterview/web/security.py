"""The guard around every request: known hosts only, no cross-site writes, bounded bodies,
security headers, and never a stack trace.

- **Host check.** A page on another site can make the browser talk to 127.0.0.1 by pointing
  its own domain name at it (DNS rebinding); such requests carry that other name in ``Host``
  and are refused, so only the names the server was started for reach the app.
- **Cross-site writes.** A POST, PUT, PATCH or DELETE whose ``Origin`` (or, without one,
  ``Referer``) names another host than ``Host``, or that the browser marks as cross-site in
  ``Sec-Fetch-Site``, is refused with 403. Every write of the app goes through ``fetch()``
  from its own pages, which always sends a matching ``Origin``. Clients that send neither
  header (curl, scripts) are not browsers and cannot be tricked into a request.
- **Body size.** Bodies larger than ``max_body_bytes`` get 413 before the app reads them.
- **Errors.** Anything unexpected is logged on the server and answered with a friendly page or
  JSON message.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("mlinterview.web")

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]

# (scope, status, title, message) -> an ASGI response callable, HTML or JSON as the request wants
ErrorResponder = Callable[[Scope, int, str, str], Callable[[Scope, Receive, Send], Awaitable[None]]]


def host_name(host_header: str) -> str:
    """``example.org:8000`` -> ``example.org``; ``[::1]:8000`` -> ``::1``."""
    host = host_header.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def is_cross_site(headers: Headers) -> bool:
    """Whether a request was sent by a page of another origin than this server."""
    if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
        return True
    host = headers.get("host", "").lower()
    origin = headers.get("origin")
    if origin is not None:
        return origin == "null" or urlsplit(origin).netloc.lower() != host
    referer = headers.get("referer")
    if referer:
        return urlsplit(referer).netloc.lower() != host
    return False


class Guard:
    """Pure ASGI middleware (see the module docstring)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        respond: ErrorResponder,
        allowed_hosts: Iterable[str] | None,
        max_body_bytes: int,
    ) -> None:
        self.app = app
        self.respond = respond
        self.allowed_hosts = None if allowed_hosts is None else {h.lower().strip("[]") for h in allowed_hosts}
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        refusal = self._refusal(scope, headers)
        if refusal is not None:
            status, title, message = refusal
            await self.respond(scope, status, title, message)(scope, receive, send)
            return

        started = False
        answered = False  # the guard has already sent its own answer (a 413 mid-body)
        received = 0

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if answered:
                return
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        async def counted_receive() -> Message:
            nonlocal received, answered
            message = await receive()
            if message["type"] == "http.request" and not answered:
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    # A body without Content-Length grew too large: answer now, and tell the
                    # app the client went away so it stops reading.
                    if not started:
                        await self.respond(scope, 413, "Too large", self._too_large())(
                            scope, receive, guarded_send
                        )
                    answered = True
                    return {"type": "http.disconnect"}
            return message

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if answered:
                return
            log.exception("error while answering %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await self.respond(
                    scope,
                    500,
                    "Something went wrong",
                    "Something went wrong on our side. The details are in the server's "
                    "log; your data is safe.",
                )(scope, receive, guarded_send)

    def _too_large(self) -> str:
        return f"The request is larger than the {self.max_body_bytes // 1024} KB this server accepts."

    def _refusal(self, scope: Scope, headers: Headers) -> tuple[int, str, str] | None:
        if self.allowed_hosts is not None and host_name(headers.get("host", "")) not in self.allowed_hosts:
            return (
                400,
                "Unknown host",
                "This server answers only to the addresses it was started for. Open it by that "
                "address (for example http://127.0.0.1:8000).",
            )
        if scope["method"] not in SAFE_METHODS and is_cross_site(headers):
            return (
                403,
                "Cross-site request refused",
                "This request came from another website, so it was refused. Use the app's own pages.",
            )
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
            return 413, "Too large", self._too_large()
        return None
