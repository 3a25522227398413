"""The mock-score chart: each finished mock a dot on a 0-100 scale over time, joined by a line,
drawn on the server as inline SVG like :mod:`mlinterview.web.charts`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from markupsafe import Markup

INK = "#5f6b7a"
GRID = "#e6e9ee"
LINE = "#2458d3"


def mock_scores(points: Sequence[tuple[datetime, float, str]]) -> Markup:
    """``points``: (when, score 0-100, label) in time order."""
    if not points:
        return Markup('<p class="chart-empty">No finished mocks yet: your scores show up here.</p>')
    width, height, x0, x1, y0, y1 = 720, 220, 40, 704, 12, 190
    first, last = points[0][0], points[-1][0]
    span = max((last - first).total_seconds(), 1.0)

    def x(when: datetime) -> float:
        return x0 + (x1 - x0) * ((when - first).total_seconds() / span if len(points) > 1 else 0.5)

    def y(score: float) -> float:
        return y1 - (y1 - y0) * score / 100

    body = []
    for tick in (0, 25, 50, 75, 100):
        body.append(f'<line x1="{x0}" x2="{x1}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" stroke="{GRID}"/>')
        body.append(f'<text x="{x0 - 6}" y="{y(tick) + 4:.1f}" text-anchor="end" class="tick">{tick}</text>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(w):.1f},{y(s):.1f}" for i, (w, s, _) in enumerate(points))
    body.append(f'<path d="{path}" fill="none" stroke="{LINE}" stroke-width="2"/>')
    for when, score, label in points:
        title = escape(f"{when:%Y-%m-%d}: {label}, {score:.0f}/100")
        dot = f'<circle cx="{x(when):.1f}" cy="{y(score):.1f}" r="4" fill="{LINE}">'
        body.append(f"{dot}<title>{title}</title></circle>")
    body.append(f'<text x="{x0}" y="{height - 8}" class="tick" fill="{INK}">{first:%b %-d}</text>')
    body.append(
        f'<text x="{x1}" y="{height - 8}" text-anchor="end" class="tick" fill="{INK}">{last:%b %-d}</text>'
    )
    return Markup(
        f'<svg class="chart mock-chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="Mock scores over time" xmlns="http://www.w3.org/2000/svg">{"".join(body)}</svg>'
    )
