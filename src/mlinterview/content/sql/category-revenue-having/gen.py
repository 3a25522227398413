"""Seeded larger datasets: sales over 2023-2025; about half the categories qualify in 2024."""

import datetime
import random


def generate():
    rng = random.Random(37)
    start = datetime.date(2023, 1, 1)
    for n, customers, categories, top in ((150, 6, 4, 160), (5000, 40, 40, 80)):
        rows = []
        for i in range(1, n + 1):
            day = start + datetime.timedelta(days=rng.randrange(3 * 365))
            category = f"category {rng.randrange(categories)}"
            rows.append([i, rng.randrange(1, customers + 1), category, round(rng.uniform(5, top), 2), day])
        yield f"random-{n}", {"sales": rows}
