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
