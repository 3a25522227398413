"""Seeded larger datasets: scores on a quarter-point grid, many ties, ids shuffled."""

import random


def generate():
    rng = random.Random(47)
    for n in (30, 5000):
        ids = list(range(1, n + 1))
        rng.shuffle(ids)
        yield f"random-{n}", {"scores": [[i, rng.randrange(0, 41) / 4] for i in ids]}
