"""Seeded larger datasets; about one order in ten points at a missing customer or product."""

import random


def generate():
    rng = random.Random(3)
    for n_customers, n_products, n_orders in ((10, 5, 40), (400, 80, 5000)):
        customers = [[i, f"customer {i}"] for i in range(1, n_customers + 1)]
        products = [[i, f"product {i}", round(rng.uniform(0.5, 99.0), 2)] for i in range(1, n_products + 1)]
        orders = [
            [o, rng.randrange(1, n_customers + 3), rng.randrange(1, n_products + 3), rng.randrange(1, 6)]
            for o in range(1, n_orders + 1)
        ]
        yield f"random-{n_orders}", {"customers": customers, "products": products, "orders": orders}
