"""The Jinja environment: where templates live, the filters they use, versioned static URLs."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from starlette.templating import Jinja2Templates

from mlinterview.services.verdicts import Verdict
from mlinterview.web.markdown import render_markdown
from mlinterview.wording import card_track_title, pattern_title, track_title

WEB_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"

VERDICT_CLASS = {
    "accepted": "ok",
    "wrong_answer": "bad",
    "runtime_error": "err",
    "syntax_error": "err",
    "time_limit": "warn",
    "memory_limit": "warn",
    "output_limit": "warn",
    "internal_error": "bad",
    "skipped": "muted",
}


@lru_cache(maxsize=64)
def static_url(name: str) -> str:
    """``/static/name?v=<content hash>``: browsers may cache it for good."""
    try:
        digest = hashlib.sha256((STATIC_DIR / name).read_bytes()).hexdigest()[:10]
    except OSError:
        return f"/static/{name}"
    return f"/static/{name}?v={digest}"


def verdict_label(value: str) -> str:
    try:
        return Verdict(value).label
    except ValueError:
        return value.replace("_", " ").capitalize()


def ago(when: datetime | None, now: datetime | None = None) -> str:
    if when is None:
        return ""
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return "just now"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return ""


def milliseconds(seconds: float | None) -> str:
    if not seconds:
        return "0 ms"
    ms = seconds * 1000
    return f"{ms:.1f} ms" if ms < 100 else f"{ms:.0f} ms"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters.update(
        markdown=render_markdown,
        verdict_label=verdict_label,
        verdict_class=lambda v: VERDICT_CLASS.get(v, "muted"),
        ago=ago,
        ms=milliseconds,
        track_title=track_title,
        card_track_title=card_track_title,
        pattern_title=pattern_title,
    )
    env.globals.update(static=static_url)
    return env


templates = Jinja2Templates(env=_environment())


def render(name: str, **context: Any) -> str:
    """A template rendered to a string (for HTML fragments inside JSON answers)."""
    return templates.get_template(name).render(**context)
