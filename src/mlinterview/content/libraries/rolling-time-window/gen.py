"""Seeded hidden cases for rolling-time-window: shuffled payments of up to 20 users at
irregular times, some exactly 7 days apart, up to the stated 300 rows."""

import datetime as dt
import random

START = dt.datetime(2024, 1, 1)


def _events(rng, n, n_users, span_days, p_edge):
    users = [f"user{i:02d}" for i in range(n_users)]
    seen = {u: set() for u in users}
    rows = []
    while len(rows) < n:
        u = rng.choice(users)
        if seen[u] and rng.random() < p_edge:
            # exactly seven days after one of this user's earlier payments: the window's edge
            t = rng.choice(sorted(seen[u])) + dt.timedelta(days=7)
        else:
            t = START + dt.timedelta(seconds=rng.randrange(span_days * 86400))
        if t in seen[u]:
            continue
        seen[u].add(t)
        rows.append([u, t.strftime("%Y-%m-%d %H:%M:%S"), round(rng.uniform(0, 1000), 2)])
    rng.shuffle(rows)
    return {
        "columns": ["user", "ts", "amount"],
        "rows": rows,
        "dtypes": {"user": "str", "ts": "datetime64[ns]", "amount": "float64"},
    }


def generate():
    rng = random.Random(1105)
    yield "random-30-three-users", [_events(rng, 30, 3, 30, 0.2)]
    yield "random-300-twenty-users", [_events(rng, 300, 20, 90, 0.1)]
    yield "random-dense-two-users", [_events(rng, 120, 2, 20, 0.3)]
    yield "random-10-one-user-edges", [_events(rng, 10, 1, 15, 0.6)]
    yield "random-60-sparse-users", [_events(rng, 60, 20, 200, 0.2)]


def brute(events):
    """The answer in plain Python, without pandas: compare every pair of a user's payments."""
    parsed = [(u, dt.datetime.fromisoformat(t), a) for u, t, a in events["rows"]]
    week = dt.timedelta(days=7)
    rows = []
    for u, t, a in parsed:
        inside = [a2 for u2, t2, a2 in parsed if u2 == u and t - week <= t2 <= t]
        rows.append([u, t.isoformat(), a, sum(inside), len(inside)])
    return {
        "columns": ["user", "ts", "amount", "spend_7d", "n_7d"],
        "dtypes": ["str", "datetime64[ns]", "float64", "float64", "int64"],
        "index": list(range(len(rows))),
        "rows": rows,
    }
