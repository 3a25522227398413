"""Seeded larger datasets: random forests of reporting lines, some of them deep."""

import random


def generate():
    rng = random.Random(131)
    for n, heads in ((30, 2), (5000, 5)):
        ids = list(range(1, n + 1))
        rng.shuffle(ids)
        rows = []
        for position, employee in enumerate(ids):
            if position < heads:
                manager = None
            else:  # mostly the recent hires' managers, which makes long chains
                manager = ids[rng.randrange(max(0, position - 5), position)]
            rows.append([employee, f"employee {employee}", manager])
        yield f"random-{n}", {"employees": rows}
