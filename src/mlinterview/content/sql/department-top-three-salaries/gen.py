"""Seeded larger datasets: salaries on a coarse grid, so ties are common."""

import random


def generate():
    rng = random.Random(43)
    for n, n_departments in ((40, 3), (5000, 30)):
        departments = [[d, f"dept {d}"] for d in range(1, n_departments + 1)]
        employees = [
            [i, f"employee {i}", rng.randrange(20, 40) * 5, rng.randrange(1, n_departments + 1)]
            for i in range(1, n + 1)
        ]
        yield f"random-{n}", {"departments": departments, "employees": employees}
