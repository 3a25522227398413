"""Seeded larger datasets: a run of numbers with random holes and a few reissues."""

import datetime
import random


def generate():
    rng = random.Random(83)
    start = datetime.date(2024, 1, 1)
    for n in (50, 5800):
        rows = []
        for number in range(1, n + 1):
            if rng.random() < 0.15:
                continue
            day = start + datetime.timedelta(days=number // 20)
            rows.append([number, day])
            if rng.random() < 0.05:
                rows.append([number, day + datetime.timedelta(days=3)])
        rows = rows[:5000]  # the stated maximum
        rng.shuffle(rows)
        yield f"random-{n}", {"invoices": rows}
