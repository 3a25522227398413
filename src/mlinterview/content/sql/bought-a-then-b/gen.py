"""Seeded larger datasets: random baskets over a month, several purchases per customer."""

import datetime
import random


def generate():
    rng = random.Random(113)
    start = datetime.datetime(2024, 1, 1)
    for n, customers in ((30, 8), (5000, 800)):
        rows = [
            [
                i,
                rng.randrange(1, customers + 1),
                rng.choice(["phone", "case", "charger", "case"]),
                start + datetime.timedelta(hours=rng.randrange(720)),
            ]
            for i in range(1, n + 1)
        ]
        yield f"random-{n}", {"purchases": rows}
