"""Seeded larger datasets: many purchases per customer across a few categories."""

import random

CATEGORIES = ["books", "electronics", "kitchen", "garden"]


def generate():
    rng = random.Random(17)
    for n_customers, n_purchases in ((15, 40), (800, 5000)):
        customers = [[i, f"customer {i}"] for i in range(1, n_customers + 1)]
        products = [[i, f"product {i}", rng.choice(CATEGORIES)] for i in range(1, 61)]
        purchases = [
            [i, rng.randrange(1, n_customers + 1), rng.randrange(1, 61)] for i in range(1, n_purchases + 1)
        ]
        yield f"random-{n_purchases}", {"customers": customers, "products": products, "purchases": purchases}
