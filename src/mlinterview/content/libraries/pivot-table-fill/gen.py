"""Seeded hidden cases for pivot-table-fill: random sale lines over up to 12 regions and 12
products, with and without margins, up to the stated 400 lines."""

import random

REGIONS = ["north", "south", "east", "west", "Central", "coast", "hills", "r10", "r2", "r1", "lakes", "metro"]
PRODUCTS = ["p1", "p2", "p3", "p9", "p10", "p11", "Widget", "gadget", "kit", "box", "cable", "zeta"]


def _sales(rng, n, n_regions, n_products):
    regions = rng.sample(REGIONS, n_regions)
    products = rng.sample(PRODUCTS, n_products)
    rows = [[rng.choice(regions), rng.choice(products), rng.randint(0, 1000)] for _ in range(n)]
    return {
        "columns": ["region", "product", "units"],
        "rows": rows,
        "dtypes": {"region": "str", "product": "str", "units": "int64"},
    }


def generate():
    rng = random.Random(1103)
    yield "random-30-a", [_sales(rng, 30, 5, 6), False]
    yield "random-30-b", [_sales(rng, 30, 6, 5), False]
    yield "random-400-full-grid-margins", [_sales(rng, 400, 12, 12), True]
    yield "random-15-sparse", [_sales(rng, 15, 12, 12), False]
    yield "random-12-one-product", [_sales(rng, 12, 4, 1), False]


def brute(sales, margins):
    """The answer in plain Python, without pandas: a dict of cell sums, laid out in sorted order."""
    cell = {}
    for region, product, units in sales["rows"]:
        cell[region, product] = cell.get((region, product), 0) + units
    regions = sorted({r for r, _ in cell})
    products = sorted({p for _, p in cell})
    rows = []
    for r in regions:
        values = [cell.get((r, p), 0) for p in products]
        rows.append([r] + values + ([sum(values)] if margins else []))
    if margins:
        totals = [sum(cell.get((r, p), 0) for r in regions) for p in products]
        rows.append(["All"] + totals + [sum(totals)])
    columns = ["region"] + products + (["All"] if margins else [])
    return {
        "columns": columns,
        "dtypes": ["str"] + ["int64"] * (len(columns) - 1),
        "index": list(range(len(rows))),
        "rows": rows,
    }
