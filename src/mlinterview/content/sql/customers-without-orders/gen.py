"""Seeded larger datasets: customers, some of whom ordered, plus guest orders."""

import random


def generate():
    rng = random.Random(5)
    for n in (30, 2000):
        customers = [[i, f"customer {i}"] for i in range(1, n + 1)]
        orders = []
        for o in range(1, (2 if n < 100 else 4) * n + 1):
            who = None if rng.random() < 0.05 else rng.randrange(1, n + 1)
            if who is None or who % 3:  # every third customer never orders
                orders.append([o, who, round(rng.uniform(5, 200), 2)])
        yield f"random-{n}", {"customers": customers, "orders": orders[:5000]}  # at most 5,000
