"""Seeded larger datasets: customers ordering repeatedly, sometimes twice a day."""

import datetime
import random


def generate():
    rng = random.Random(71)
    start = datetime.date(2024, 1, 1)
    for n, customers in ((40, 6), (5000, 500)):
        ids = list(range(1, n + 1))
        rng.shuffle(ids)
        rows = [
            [i, rng.randrange(1, customers + 1), start + datetime.timedelta(days=rng.randrange(120))]
            for i in ids
        ]
        yield f"random-{n}", {"orders": rows}
