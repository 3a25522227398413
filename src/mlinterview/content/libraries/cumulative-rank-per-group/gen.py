"""Seeded hidden cases for cumulative-rank-per-group: shuffled results of up to 12 teams over up
to 40 days, skipped days, annulled results and frequent ties, up to the stated 300 rows."""

import random


def _results(rng, n_teams, n_days, p_play, p_annulled, max_points):
    teams = [f"team{i:02d}" for i in range(n_teams)]
    rows = []
    for day in range(1, n_days + 1):
        for t in teams:
            if rng.random() < p_play:
                pts = None if rng.random() < p_annulled else float(rng.randint(0, max_points))
                rows.append([t, day, pts])
    rng.shuffle(rows)
    return {
        "columns": ["team", "day", "points"],
        "rows": rows,
        "dtypes": {"team": "str", "day": "int64", "points": "float64"},
    }


def generate():
    rng = random.Random(1111)
    yield "random-4-teams-10-days", [_results(rng, 4, 10, 0.9, 0.1, 3)]
    yield "random-12-teams-25-days", [_results(rng, 12, 25, 1.0, 0.05, 3)]
    yield "random-8-teams-40-days-sparse", [_results(rng, 8, 40, 0.5, 0.2, 100)]
    yield "random-3-teams-5-days-many-ties", [_results(rng, 3, 5, 1.0, 0.2, 1)]
    yield "random-6-teams-8-days", [_results(rng, 6, 8, 0.7, 0.1, 10)]


def brute(results):
    """The answer in plain Python, without pandas: running totals by day, then places per day."""
    rows = sorted(results["rows"], key=lambda r: (r[0], r[1]))
    total, with_cum = {}, []
    for team, day, points in rows:
        total[team] = total.get(team, 0.0) + (points if points is not None else 0.0)
        with_cum.append([team, day, points, total[team]])
    by_day = {}
    for r in with_cum:
        by_day.setdefault(r[1], []).append(r[3])
    out = []
    for team, day, points, cum in with_cum:
        distinct = sorted(set(by_day[day]), reverse=True)
        out.append([team, day, points, cum, distinct.index(cum) + 1])
    out.sort(key=lambda r: (r[1], r[4], r[0]))
    return {
        "columns": ["team", "day", "points", "cum_points", "standing"],
        "dtypes": ["str", "int64", "float64", "float64", "int64"],
        "index": list(range(len(out))),
        "rows": out,
    }
