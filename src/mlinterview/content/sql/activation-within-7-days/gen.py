"""Seeded larger datasets: signups over a year, purchases spread around day 7."""

import datetime
import random


def generate():
    rng = random.Random(101)
    start = datetime.date(2023, 1, 1)
    for n in (30, 2000):
        users, purchases = [], []
        for u in range(1, n + 1):
            signup = start + datetime.timedelta(days=rng.randrange(365))
            users.append([u, signup])
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3] if n < 100 else [0, 1, 2, 3, 4, 5, 6])):
                moment = datetime.datetime.combine(signup, datetime.time()) + datetime.timedelta(
                    days=rng.randrange(-1, 12), seconds=rng.randrange(86400)
                )
                purchases.append([len(purchases) + 1, u, moment, round(rng.uniform(1, 99), 2)])
        if n >= 100:  # the stated maximum: 5,000 purchases
            purchases = purchases[:5000]
        yield f"random-{n}", {"users": users, "purchases": purchases}
