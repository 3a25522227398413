"""Seeded larger datasets: many same-day transactions, ids shuffled against dates."""

import datetime
import random


def generate():
    rng = random.Random(59)
    start = datetime.date(2024, 1, 1)
    for n, accounts in ((40, 3), (5000, 60)):
        ids = list(range(1, n + 1))
        rng.shuffle(ids)
        rows = [
            [
                i,
                rng.randrange(1, accounts + 1),
                start + datetime.timedelta(days=rng.randrange(30)),
                rng.randrange(-200, 400),
            ]
            for i in ids
        ]
        yield f"random-{n}", {"transactions": rows}
