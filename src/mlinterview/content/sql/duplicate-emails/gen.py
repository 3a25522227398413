"""Seeded larger datasets: a pool of addresses reused with random capitalisation and NULLs."""

import random


def _variant(rng, address):
    return "".join(ch.upper() if rng.random() < 0.2 else ch for ch in address)


def generate():
    rng = random.Random(31)
    for n in (40, 5000):
        pool = [f"person{i}@example.com" for i in range(n)]
        rows = []
        for i in range(1, n + 1):
            email = None if rng.random() < 0.1 else _variant(rng, rng.choice(pool))
            rows.append([i, email])
        yield f"random-{n}", {"users": rows}
