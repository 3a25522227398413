"""Seeded larger datasets: sparse sales over a grid of stores and products."""

import random


def generate():
    rng = random.Random(23)
    for n_stores, n_products, n_sales in ((4, 5, 12), (30, 60, 5000)):
        stores = [[i, f"city {i}"] for i in range(1, n_stores + 1)]
        products = [[i, f"product {i}"] for i in range(1, n_products + 1)]
        sales = [
            [i, rng.randrange(1, n_stores + 1), rng.randrange(1, n_products + 1), rng.randrange(1, 10)]
            for i in range(1, n_sales + 1)
        ]
        yield f"random-{n_sales}", {"stores": stores, "products": products, "sales": sales}
