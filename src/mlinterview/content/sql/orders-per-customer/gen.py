"""Seeded larger datasets: skewed order counts, many customers without orders, repeated names."""

import random


def generate():
    rng = random.Random(8)
    for n in (25, 2000):
        customers = [[i, f"name {rng.randrange(n // 2 + 1)}"] for i in range(1, n + 1)]
        orders = [
            [o, int(rng.paretovariate(1.2)) % n + 1, round(rng.uniform(1, 300), 2)]
            for o in range(1, min(3 * n, 5000) + 1)
        ]
        yield f"random-{n}", {"customers": customers, "orders": orders}
