"""Seeded larger datasets: ids shuffled against time, timestamps on a coarse grid (ties)."""

import datetime
import random


def generate():
    rng = random.Random(53)
    start = datetime.datetime(2024, 1, 1)
    for n, customers in ((40, 8), (5000, 600)):
        ids = list(range(1, n + 1))
        rng.shuffle(ids)
        rows = []
        for order_id in ids:
            moment = start + datetime.timedelta(hours=6 * rng.randrange(200))
            rows.append([order_id, rng.randrange(1, customers + 1), moment, round(rng.uniform(1, 500), 2)])
        yield f"random-{n}", {"orders": rows}
