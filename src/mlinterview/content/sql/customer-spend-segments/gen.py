"""Seeded larger datasets: spend spread across the thresholds, some refunds, idle customers."""

import random


def generate():
    rng = random.Random(137)
    for n in (30, 2000):
        customers = [[i, f"customer {i}"] for i in range(1, n + 1)]
        orders = []
        for c in range(1, n + 1):
            for _ in range(rng.choice([0, 1, 2, 3, 5] if n < 100 else [0, 1, 2, 3, 5, 5])):
                status = "refunded" if rng.random() < 0.1 else "paid"
                orders.append([len(orders) + 1, c, rng.randrange(10, 600), status])
        yield f"random-{n}", {"customers": customers, "orders": orders[:5000]}  # at most 5,000
