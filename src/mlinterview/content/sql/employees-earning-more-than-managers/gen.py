"""Seeded larger datasets: random trees of employees with noisy salaries."""

import random


def generate():
    rng = random.Random(13)
    for n in (30, 5000):
        rows = [[1, "employee 1", 200000, None]]
        for i in range(2, n + 1):
            manager = rng.randrange(1, i)
            rows.append([i, f"employee {i}", rng.randrange(40, 200) * 1000, manager])
        yield f"random-{n}", {"employees": rows}
