"""Seeded larger datasets over three years, with a few months that have no orders."""

import datetime
import random


def generate():
    rng = random.Random(67)
    start = datetime.datetime(2022, 1, 1)
    for n in (40, 5000):
        quiet = {rng.randrange(36) for _ in range(4)}
        rows = []
        i = 0
        while len(rows) < n:
            moment = start + datetime.timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
            if (moment.year - 2022) * 12 + moment.month - 1 in quiet:
                continue
            i += 1
            rows.append([i, moment, rng.randrange(5, 500)])
        yield f"random-{n}", {"orders": rows}
