"""Seeded larger datasets: log-normal order values per country, some pending."""

import random


def generate():
    rng = random.Random(109)
    for n, countries in ((30, 3), (5000, 20)):
        rows = []
        for i in range(1, n + 1):
            amount = None if rng.random() < 0.08 else round(rng.lognormvariate(3.5, 0.8), 2)
            rows.append([i, f"C{rng.randrange(countries):02d}", amount])
        yield f"random-{n}", {"orders": rows}
