"""Seeded larger datasets: departments with very different pay levels."""

import random


def generate():
    rng = random.Random(41)
    for n, n_departments in ((30, 4), (5000, 50)):
        levels = [rng.randrange(30, 150) for _ in range(n_departments)]
        rows = []
        for i in range(1, n + 1):
            d = rng.randrange(n_departments)
            rows.append([i, f"employee {i}", f"dept {d}", (levels[d] + rng.randrange(-20, 21)) * 1000])
        yield f"random-{n}", {"employees": rows}
