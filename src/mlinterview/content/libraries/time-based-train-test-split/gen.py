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
        ("random-20-two-cities-gap-14", 20, 2, 60, 14, 1.0, 0),
        ("random-40-no-smoothing-gap-1", 40, 4, 10, 1, 0.0, 1),
    ]:
        rates = {f"city{i:02d}": rng.random() for i in range(n_cities)}
        cutoff = (START + dt.timedelta(days=days // 2)).strftime("%Y-%m-%d %H:%M:%S")
        yield name, [_events(rng, n, n_cities, days, rates, n_new), cutoff, gap, smoothing]


def brute(events, cutoff, gap_days, smoothing):
    """The answer in plain Python, without pandas: label rows, count per city, divide."""
    cut = dt.datetime.fromisoformat(cutoff)
    test_start = cut + dt.timedelta(days=gap_days)
    labelled = []
    for ts, city, y in events["rows"]:
        t = dt.datetime.fromisoformat(ts)
        if t < cut:
            labelled.append((t, city, y, "train"))
        elif t >= test_start:
            labelled.append((t, city, y, "test"))
    train = [(city, y) for _, city, y, split in labelled if split == "train"]
    prior = sum(y for _, y in train) / len(train)
    s, n = {}, {}
    for city, y in train:
        s[city] = s.get(city, 0) + y
        n[city] = n.get(city, 0) + 1
    rows = []
    for t, city, y, split in labelled:
        if city in n and n[city] + smoothing > 0:
            rate = (s[city] + smoothing * prior) / (n[city] + smoothing)
        else:
            rate = prior
        rows.append([t.isoformat(), city, y, split, rate])
    return {
        "columns": ["ts", "city", "y", "split", "city_rate"],
        "dtypes": ["datetime64[ns]", "str", "int64", "str", "float64"],
        "index": list(range(len(rows))),
        "rows": rows,
    }
