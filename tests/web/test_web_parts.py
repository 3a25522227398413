"""The web app's pieces on their own: math and Markdown, charts, the guard's rules, the queue."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from starlette.datastructures import Headers
from web_support import make_context

from mlinterview.catalog import Catalog
from mlinterview.judge.pool import WorkerPool
from mlinterview.services import dashboard, practice
from mlinterview.web import charts
from mlinterview.web.judging import JudgeBusy, JudgeQueue
from mlinterview.web.markdown import render_markdown
from mlinterview.web.security import host_name, is_cross_site


def test_inline_and_display_math_become_mathml() -> None:
    html = str(
        render_markdown("Loss $L = -\\frac{1}{n}\\sum_i y_i \\log \\hat{y}_i$ here.\n\n$$\\sigma(z)$$")
    )
    assert '<span class="math"' in html and "math-display" in html
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in html
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">' in html
    assert "<mfrac><mrow><mn>1</mn></mrow><mrow><mi>n</mi></mrow></mfrac>" in html
    assert "<munder>" in html or "<msub>" in html  # the sum's index
    assert "$" not in html.split("title=")[0]


def test_dollars_that_are_not_math_stay_text() -> None:
    html = str(render_markdown("It costs $5 and $10 a month; `echo $HOME` too."))
    assert "math" not in html and "$5 and $10" in html and "<code>echo $HOME</code>" in html


def test_unreadable_or_hostile_tex_stays_escaped_text() -> None:
    html = str(render_markdown("see $\\unknowncmd<script>$ here"))
    assert "<script" not in html and "\\unknowncmd" in html


def test_markdown_is_escaped_and_code_is_highlighted() -> None:
    html = str(render_markdown("<script>alert(1)</script>\n\n```python\ndef f():\n    return 1\n```"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<code class="language-python">' in html and '<span class="k">def</span>' in html


def test_solved_chart_draws_a_step_line_per_track() -> None:
    today = date(2025, 3, 31)
    series = {"dsa": [(date(2025, 3, 1), 2), (date(2025, 3, 10), 5)], "ml": [(date(2025, 3, 20), 1)]}
    svg = str(
        charts.solved_over_time(
            series, {"dsa": "General coding", "ml": "ML coding"}, today, {"dsa": "#111111", "ml": "#222222"}
        )
    )
    assert svg.startswith("<svg") and svg.count('class="series"') == 2
    assert "General coding: 5 solved by 2025-03-10" in svg
    assert "chart-empty" in str(charts.solved_over_time({}, {}, today, {}))


def test_forecast_heatmap_and_topic_bars() -> None:
    today = date(2025, 3, 31)
    forecast = str(charts.forecast([3] + [0] * 28 + [7], today))
    assert forecast.count('class="chart-col"') == 30 and "7 due" in forecast
    counts = {today: 4, today - timedelta(days=1): 1}
    heat = str(charts.heatmap(counts, today))
    assert 'data-count="4"' in heat and "4 activities on Mon 2025-03-31" in heat
    assert heat.count('class="day"') == 52 * 7 + 1  # a year of weeks, up to today (a Monday)
    bars = str(charts.topic_bars([("dynamic-programming", 1, 4), ("graphs", 3, 3)]))
    assert "25% · 1/4" in bars and "100% · 3/3" in bars
    assert "chart-empty" in str(charts.topic_bars([]))


def test_host_names() -> None:
    assert host_name("127.0.0.1:8000") == "127.0.0.1"
    assert host_name("[::1]:8000") == "::1"
    assert host_name("LocalHost") == "localhost"


@pytest.mark.parametrize(
    ("headers", "cross"),
    [
        ({"host": "127.0.0.1:8000", "origin": "http://127.0.0.1:8000"}, False),
        ({"host": "127.0.0.1:8000", "origin": "http://localhost:8000"}, True),
        ({"host": "127.0.0.1:8000", "referer": "http://127.0.0.1:8000/problems"}, False),
        ({"host": "127.0.0.1:8000", "referer": "https://evil.example/"}, True),
        ({"host": "127.0.0.1:8000", "sec-fetch-site": "same-site"}, True),
        (
            {"host": "127.0.0.1:8000", "sec-fetch-site": "same-origin", "origin": "http://127.0.0.1:8000"},
            False,
        ),
        ({"host": "127.0.0.1:8000"}, False),
    ],
)
def test_cross_site_rule(headers: dict[str, str], cross: bool) -> None:
    assert is_cross_site(Headers(headers)) is cross


def test_queue_runs_jobs_off_the_loop_and_refuses_beyond_capacity() -> None:
    queue = JudgeQueue(running=1, max_waiting=1)
    gate = threading.Event()
    loop_thread = threading.get_ident()

    def job(n: int) -> tuple[int, bool]:
        gate.wait(5)
        return n, threading.get_ident() != loop_thread

    async def scenario() -> list[tuple[int, bool]]:
        first = asyncio.ensure_future(queue.call(job, 1))
        second = asyncio.ensure_future(queue.call(job, 2))
        await asyncio.sleep(0.05)
        assert queue.in_flight == 2
        with pytest.raises(JudgeBusy):
            await queue.call(job, 3)
        gate.set()
        return list(await asyncio.gather(first, second))

    try:
        assert asyncio.run(scenario()) == [(1, True), (2, True)]
        assert queue.in_flight == 0
    finally:
        queue.close()


def test_chart_data_from_the_store(
    tmp_path: Path, pool: WorkerPool, catalog: Catalog, solution_code: str, wrong_code: str
) -> None:
    ctx = make_context(tmp_path / "home", pool, catalog)
    try:
        two_sum = ctx.catalog.get("two-sum")
        for days_ago, code in ((3, wrong_code), (3, solution_code), (1, solution_code)):
            when = datetime(2025, 3, 31, 12, tzinfo=UTC) - timedelta(days=days_ago)
            ctx.clock = lambda when=when: when
            practice.submit(ctx, two_sum, code, complexity=False)
        assert dashboard.solved_over_time(ctx) == {"dsa": [(date(2025, 3, 28), 1)]}
        assert dashboard.activity_by_day(ctx) == {date(2025, 3, 28): 2, date(2025, 3, 30): 1}
        weakest = {s.topic: (s.accepted, s.submissions) for s in dashboard.weakest_topics(ctx)}
        assert weakest["hash-table"] == (2, 3) and weakest["arrays-hashing"] == (2, 3)
        plan, minutes = dashboard.today_plan(ctx)
        assert minutes > 0 and all(
            i.slug in {p.slug for p in catalog.problems()} for i in plan if i.kind != "cards"
        )
    finally:
        ctx._pool = None
        ctx.close()
