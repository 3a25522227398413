"""The progress page: solved per track over time, review forecast, activity calendar, weakest
topics, all drawn on the server as SVG."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from mlinterview.services import dashboard
from mlinterview.services.progress import progress
from mlinterview.services.readiness import readiness
from mlinterview.services.review import stats
from mlinterview.web import charts
from mlinterview.web.routes import context, page

router = APIRouter()


@router.get("/progress", name="progress")
def progress_page(request: Request) -> Response:
    ctx = context(request)
    prog = progress(ctx)
    review = stats(ctx)
    today = ctx.clock().date()
    tracks = [t.track for t in prog.tracks]
    colors = {t: charts.track_color(i) for i, t in enumerate(tracks)}
    titles = {t.track: t.title for t in prog.tracks}
    series = dashboard.solved_over_time(ctx)
    for track in series:
        colors.setdefault(track, charts.track_color(len(colors)))
    topics = dashboard.weakest_topics(ctx)
    submissions = prog.attempts
    return page(
        request,
        "progress.html",
        nav="progress",
        progress=prog,
        review=review,
        due=dashboard.due_counts(ctx),
        colors=colors,
        solved_total=sum(t.solved for t in prog.tracks),
        problems_total=sum(t.total for t in prog.tracks),
        accepted_share=(prog.accepted / submissions) if submissions else None,
        solved_chart=charts.solved_over_time(series, titles, today, colors),
        series_tracks=[t for t in series if series[t]],
        forecast_chart=charts.forecast(review.forecast, today),
        heatmap=charts.heatmap(dashboard.activity_by_day(ctx), today),
        readiness=readiness(ctx),
        topics_chart=charts.topic_bars([(s.topic, s.accepted, s.submissions) for s in topics]),
    )
