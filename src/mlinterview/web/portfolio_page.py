"""The learner's portfolio as one static HTML page (``mli portfolio build``): self-contained
(styles inline, no scripts, no requests to other sites), Markdown rendered with raw HTML off."""

from __future__ import annotations

from datetime import datetime

from mlinterview.services.portfolio import SECTIONS, Project
from mlinterview.web.templating import render


def render_portfolio(projects: list[Project], *, title: str, generated: datetime) -> str:
    return render(
        "portfolio_static.html",
        projects=projects,
        sections=SECTIONS,
        title=title,
        generated=generated,
    )
