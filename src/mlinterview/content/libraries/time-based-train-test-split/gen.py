"""Seeded hidden cases for time-based-train-test-split: shuffled visits of up to 12 cities over
two months, cutoffs mid-way, cities that only appear after the cutoff, up to 300 rows."""

import datetime as dt
import random

START = dt.datetime(2024, 3, 1)


def _events(rng, n, n_cities, days, rates, n_new):
    cities = [f"city{i:02d}" for i in range(n_cities)]
    new = cities[-n_new:] if n_new else []
    rows = []
    for _ in range(n):
        t = START + dt.timedelta(seconds=rng.randrange(days * 86400))
        pool = cities if t >= START + dt.timedelta(days=days // 2) else [c for c in cities if c not in new]
        c = rng.choice(pool)
        rows.append([t.strftime("%Y-%m-%d %H:%M:%S"), c, int(rng.random() < rates[c])])
    rng.shuffle(rows)
    return {
        "columns": ["ts", "city", "y"],
        "rows": rows,
        "dtypes": {"ts": "datetime64[ns]", "city": "str", "y": "int64"},
    }


def generate():
    rng = random.Random(1109)
    for name, n, n_cities, days, gap, smoothing, n_new in [
        ("random-60-gap-3", 60, 5, 40, 3, 5.0, 1),
        ("random-300-gap-7", 300, 12, 60, 7, 20.0, 3),
        ("random-120-no-gap-heavy-smoothing", 120, 8, 30, 0, 100.0, 2),
    ]:
        rates = {f"city{i:02d}": rng.random() for i in range(n_cities)}
        cutoff = (START + dt.timedelta(days=days // 2)).strftime("%Y-%m-%d %H:%M:%S")
        yield name, [_events(rng, n, n_cities, days, rates, n_new), cutoff, gap, smoothing]
