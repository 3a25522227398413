"""Seeded hidden cases for resample-weekly: shuffled orders of up to 8 categories over up to
60 weeks, with some at Monday 00:00 and late on Sundays, up to the stated 300 rows."""

import datetime as dt
import random

START = dt.datetime(2023, 10, 2)  # a Monday


def _orders(rng, n, n_cats, n_weeks, p_edge):
    cats = rng.sample(["books", "toys", "garden", "Food", "tools", "music", "sport", "pets"], n_cats)
    rows = []
    for _ in range(n):
        week = rng.randrange(n_weeks)
        if rng.random() < p_edge:
            t = START + dt.timedelta(weeks=week) - dt.timedelta(seconds=rng.choice([0, 1, 3600]))
            t = max(t, START)
        else:
            t = START + dt.timedelta(weeks=week, seconds=rng.randrange(7 * 86400))
        rows.append([rng.choice(cats), t.strftime("%Y-%m-%d %H:%M:%S"), round(rng.uniform(0, 1000), 2)])
    return {
        "columns": ["category", "ts", "amount"],
        "rows": rows,
        "dtypes": {"category": "str", "ts": "datetime64[ns]", "amount": "float64"},
    }


def generate():
    rng = random.Random(1106)
    yield "random-40-orders-10-weeks", [_orders(rng, 40, 3, 10, 0.2)]
    yield "random-300-orders-60-weeks", [_orders(rng, 300, 8, 60, 0.1)]
    yield "random-sparse-20-orders-30-weeks", [_orders(rng, 20, 5, 30, 0.3)]
    yield "random-8-orders-one-category", [_orders(rng, 8, 1, 6, 0.5)]
    yield "random-30-orders-two-weeks-edges", [_orders(rng, 30, 4, 2, 0.6)]


def brute(orders):
    """The answer in plain Python, without pandas: each order's Monday, a dict of sums, the grid."""
    sums, weeks = {}, set()
    for cat, ts, amount in orders["rows"]:
        t = dt.datetime.fromisoformat(ts)
        monday = dt.datetime(t.year, t.month, t.day) - dt.timedelta(days=t.weekday())
        weeks.add(monday)
        sums[cat, monday] = sums.get((cat, monday), 0.0) + amount
    first, last = min(weeks), max(weeks)
    rows = []
    for cat in sorted({c for c, _ in sums}):
        week = first
        while week <= last:
            rows.append([cat, week.isoformat(), sums.get((cat, week), 0.0)])
            week += dt.timedelta(days=7)
    return {
        "columns": ["category", "week", "revenue"],
        "dtypes": ["str", "datetime64[ns]", "float64"],
        "index": list(range(len(rows))),
        "rows": rows,
    }
