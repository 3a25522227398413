"""Charts drawn on the server as inline SVG: no chart library, no script, no network.

Each function takes plain numbers and returns markup ready for a template: a step line of
problems solved per track, a bar chart of the review forecast, a calendar heat-map of activity
and bars of the weakest topics. Every mark carries a ``<title>`` so hovering shows its value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from html import escape

from markupsafe import Markup

PALETTE = ("#2458d3", "#1a8a4a", "#c27a00", "#8a3fd1", "#c2366b", "#0e7f95")
HEAT = ("#eceff3", "#c6e8d0", "#8fd0a2", "#4fae6e", "#22773f")
GRID = "#e6e9ee"
MIN_SOLVED = 3  # fewer solves draw a few overlapping steps that say nothing
MIN_TOPIC_SUBMISSIONS = 3  # one failed submission is not a "0% topic"
INK = "#5f6b7a"


def _nice_max(value: float) -> int:
    """A round axis maximum at or above ``value`` (at least 4)."""
    if value <= 4:
        return 4
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        top = step * magnitude
        if top >= value:
            return math.ceil(top)
    return math.ceil(value)


def _svg(width: int, height: int, label: str, body: list[str], css_class: str) -> Markup:
    return Markup(
        f'<svg class="chart {css_class}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}" preserveAspectRatio="xMidYMid meet" '
        f'xmlns="http://www.w3.org/2000/svg">{"".join(body)}</svg>'
    )


def _empty(message: str) -> Markup:
    return Markup(f'<p class="chart-empty">{escape(message)}</p>')


def _y_axis(body: list[str], top: int, x0: float, x1: float, y0: float, y1: float) -> None:
    ticks = next((n for n in (5, 4, 3, 2) if top % n == 0), 4)  # whole-number steps when possible
    for i in range(ticks + 1):
        value = top * i / ticks
        y = y1 - (y1 - y0) * i / ticks
        body.append(f'<line x1="{x0}" x2="{x1}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}" class="gridline"/>')
        text = f"{value:g}" if value != int(value) else str(int(value))
        body.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{text}</text>')


def track_color(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def solved_over_time(
    series: Mapping[str, Sequence[tuple[date, int]]],
    titles: Mapping[str, str],
    today: date,
    colors: Mapping[str, str],
) -> Markup:
    """Cumulative problems solved per track, as step lines from the first solve to today."""
    solved = sum(points[-1][1] for points in series.values() if points)
    if not solved:
        return _empty("No accepted submissions yet: solve a problem and it shows up here.")
    if solved < MIN_SOLVED:
        return _empty(
            f"Not enough data yet: this chart starts after {MIN_SOLVED} solved problems (you have {solved})."
        )
    first = min(points[0][0] for points in series.values() if points)
    start = min(first - timedelta(days=1), today - timedelta(days=14))
    span = max((today - start).days, 1)
    top = _nice_max(max(points[-1][1] for points in series.values() if points))
    width, height, x0, x1, y0, y1 = 1000, 260, 40, 984, 12, 228

    def x(day: date) -> float:
        return x0 + (x1 - x0) * (day - start).days / span

    def y(value: float) -> float:
        return y1 - (y1 - y0) * value / top

    body: list[str] = []
    _y_axis(body, top, x0, x1, y0, y1)
    for i in range(5):
        day = start + timedelta(days=round(span * i / 4))
        anchor = "start" if i == 0 else "end" if i == 4 else "middle"
        body.append(
            f'<text x="{x(day):.1f}" y="{y1 + 22}" text-anchor="{anchor}" class="tick">'
            f"{day:%b} {day.day}</text>"
        )
    for track, points in series.items():
        if not points:
            continue
        color = colors.get(track, PALETTE[0])
        path = [f"M{x(start):.1f},{y(0):.1f}"]
        for day, value in points:
            path.append(f"H{x(day):.1f}V{y(value):.1f}")
        path.append(f"H{x(today):.1f}")
        body.append(
            f'<path d="{"".join(path)}" fill="none" stroke="{color}" stroke-width="2.5" '
            f'stroke-linejoin="round" class="series" data-track="{escape(track)}"/>'
        )
        for day, value in points:
            body.append(
                f'<circle cx="{x(day):.1f}" cy="{y(value):.1f}" r="3.5" fill="{color}">'
                f"<title>{escape(titles.get(track, track))}: {value} solved by {day.isoformat()}"
                f"</title></circle>"
            )
    return _svg(width, height, "Problems solved per track over time", body, "chart-line")


def forecast(counts: Sequence[int], today: date) -> Markup:
    """Reviews due on each of the next days (day 0 includes everything overdue)."""
    days = len(counts)
    top = _nice_max(max(counts, default=0))
    width, height, x0, x1, y0, y1 = 470, 210, 34, 462, 12, 176
    slot = (x1 - x0) / max(days, 1)
    body: list[str] = []
    _y_axis(body, top, x0, x1, y0, y1)
    for i, count in enumerate(counts):
        day = today + timedelta(days=i)
        h = (y1 - y0) * count / top
        label = "today (and overdue)" if i == 0 else f"{day:%a} {day:%b} {day.day}"
        body.append(
            f'<rect class="chart-col" x="{x0 + i * slot + 1.5:.1f}" y="{y1 - h:.1f}" '
            f'width="{slot - 3:.1f}" height="{max(h, 0):.1f}" rx="2" '
            f'fill="{"#2458d3" if i else "#c2366b"}"><title>{count} due {label}</title></rect>'
        )
        if i % 7 == 0:
            text = "today" if i == 0 else f"{day:%b} {day.day}"
            body.append(
                f'<text x="{x0 + i * slot + slot / 2:.1f}" y="{y1 + 20}" text-anchor="middle" '
                f'class="tick">{text}</text>'
            )
    return _svg(width, height, f"Reviews due over the next {days} days", body, "chart-bars")


def heatmap(counts: Mapping[date, int], today: date, weeks: int = 53) -> Markup:
    """A calendar of activity: one column per week (Monday on top), darker is busier."""
    cell, gap, left, top_pad = 12, 3, 30, 18
    end = today + timedelta(days=6 - today.weekday())  # the Sunday closing this week
    start = end - timedelta(days=7 * weeks - 1)
    busiest = max((v for d, v in counts.items() if start <= d <= today), default=0)
    width = left + weeks * (cell + gap) + 4
    height = top_pad + 7 * (cell + gap) + 26
    body: list[str] = []
    for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri")):
        body.append(
            f'<text x="{left - 6}" y="{top_pad + row * (cell + gap) + 10}" text-anchor="end" '
            f'class="tick">{name}</text>'
        )
    last_month = None
    for week in range(weeks):
        monday = start + timedelta(days=7 * week)
        if monday.month != last_month:
            last_month = monday.month
            next_month_soon = (monday + timedelta(days=14)).month != monday.month
            if week < weeks - 2 and not (week == 0 and next_month_soon):
                body.append(
                    f'<text x="{left + week * (cell + gap)}" y="{top_pad - 6}" class="tick">'
                    f"{monday:%b}</text>"
                )
        for weekday in range(7):
            day = monday + timedelta(days=weekday)
            if day > today:
                continue
            value = counts.get(day, 0)
            level = 0 if value == 0 or busiest == 0 else min(4, max(1, math.ceil(4 * value / busiest)))
            noun = "activity" if value == 1 else "activities"
            body.append(
                f'<rect x="{left + week * (cell + gap)}" '
                f'y="{top_pad + weekday * (cell + gap)}" width="{cell}" height="{cell}" rx="2" '
                f'fill="{HEAT[level]}" class="day" data-level="{level}" data-count="{value}">'
                f"<title>{value} {noun} on "
                f"{day:%a} {day.isoformat()}</title></rect>"
            )
    legend_y = top_pad + 7 * (cell + gap) + 8
    legend_x = width - 5 * (cell + gap) - 40
    body.append(f'<text x="{legend_x - 6}" y="{legend_y + 10}" text-anchor="end" class="tick">less</text>')
    for i, color in enumerate(HEAT):
        body.append(
            f'<rect x="{legend_x + i * (cell + gap)}" y="{legend_y}" width="{cell}" '
            f'height="{cell}" rx="2" fill="{color}" data-level="{i}"/>'
        )
    body.append(f'<text x="{legend_x + 5 * (cell + gap) + 2}" y="{legend_y + 10}" class="tick">more</text>')
    return _svg(width, height, "Activity per day over the last year", body, "chart-heat")


def topic_bars(rows: Sequence[tuple[str, int, int]]) -> Markup:
    """(topic, accepted, submissions) rows as horizontal bars of the accepted share."""
    if not rows:
        return _empty("No submissions yet: your weakest topics appear after a few.")
    rows = [r for r in rows if r[2] >= MIN_TOPIC_SUBMISSIONS]
    if not rows:
        return _empty(f"Not enough data yet: a topic shows here after {MIN_TOPIC_SUBMISSIONS} submissions.")
    row_h, label_w, bar_w = 28, 150, 210
    width, height = label_w + bar_w + 100, row_h * len(rows) + 8
    body: list[str] = []
    for i, (topic, accepted, total) in enumerate(rows):
        share = accepted / total if total else 0.0
        y = 4 + i * row_h
        color = "#c4262e" if share < 0.5 else "#c27a00" if share < 0.8 else "#1a8a4a"
        body.append(
            f'<text x="{label_w - 10}" y="{y + 17}" text-anchor="end" class="label">'
            f"{escape(topic.replace('-', ' '))}</text>"
        )
        body.append(
            f'<rect x="{label_w}" y="{y + 4}" width="{bar_w}" height="18" rx="4" '
            f'fill="{GRID}" class="bar-bg"/>'
        )
        body.append(
            f'<rect class="chart-hbar" x="{label_w}" y="{y + 4}" width="{max(bar_w * share, 3):.1f}" '
            f'height="18" rx="4" fill="{color}"><title>{escape(topic)}: {accepted} of {total} '
            f"submissions accepted</title></rect>"
        )
        body.append(
            f'<text x="{label_w + bar_w + 10}" y="{y + 17}" class="tick">{share:.0%} · '
            f"{accepted}/{total}</text>"
        )
    return _svg(width, height, "Topics with the lowest accepted share", body, "chart-topics")
