"""Seeded larger datasets: many employees with repeated salaries."""

import random


def generate():
    rng = random.Random(2024)
    for n, spread in ((40, 5), (5000, 400)):
        rows = [[i, f"employee {i}", rng.randrange(30, 30 + spread) * 1000] for i in range(1, n + 1)]
        yield f"random-{n}", {"employees": rows}
