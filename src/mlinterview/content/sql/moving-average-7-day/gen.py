"""Seeded larger datasets: about a third of the days have no sales."""

import datetime
import random


def generate():
    rng = random.Random(61)
    start = datetime.date(2023, 1, 1)
    for days in (30, 1600):
        rows = [
            [start + datetime.timedelta(days=d), rng.randrange(10, 1000)]
            for d in range(days)
            if rng.random() < 0.65
        ]
        yield f"random-{days}-days", {"daily_revenue": rows[:1000]}  # at most 1,000 days
