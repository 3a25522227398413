"""Seeded larger datasets: random customers over three years and five countries."""

import datetime
import random

COUNTRIES = ["DE", "FR", "ES", "IT", "SE"]


def generate():
    rng = random.Random(11)
    start = datetime.date(2022, 1, 1)
    for n in (60, 5000):
        rows = []
        for i in range(1, n + 1):
            day = start + datetime.timedelta(days=rng.randrange(3 * 365))
            email = None if rng.random() < 0.2 else f"user{i}@example.com"
            rows.append([i, f"customer {i}", rng.choice(COUNTRIES), day, email, rng.random() < 0.1])
        yield f"random-{n}", {"customers": rows}
