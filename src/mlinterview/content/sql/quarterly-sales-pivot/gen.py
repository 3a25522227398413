"""Seeded larger datasets: sales across 2023-2025, some products never sold."""

import datetime
import random


def generate():
    rng = random.Random(97)
    start = datetime.date(2023, 1, 1)
    for n_products, n_sales in ((6, 40), (150, 5000)):
        products = [[i, f"product {i}"] for i in range(1, n_products + 1)]
        sold = max(1, n_products * 4 // 5)
        sales = [
            [
                i,
                rng.randrange(1, sold + 1),
                start + datetime.timedelta(days=rng.randrange(3 * 365)),
                rng.randrange(1, 300),
            ]
            for i in range(1, n_sales + 1)
        ]
        yield f"random-{n_sales}", {"products": products, "sales": sales}
