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
