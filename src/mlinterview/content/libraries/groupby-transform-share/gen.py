"""Seeded hidden cases for groupby-transform-share: shuffled stores, missing stores and
amounts, zero amounts, up to the stated 300 rows."""

import random

STORES = ["north", "south", "east", "west", "harbour", "airport", "mall", "centre", "depot", "kiosk"]


def _sales(rng, n, n_stores, p_missing_store, p_missing_amount, p_zero):
    stores = STORES[:n_stores]
    rows = []
    for _ in range(n):
        store = None if rng.random() < p_missing_store else rng.choice(stores)
        r = rng.random()
        if r < p_missing_amount:
            amount = None
        elif r < p_missing_amount + p_zero:
            amount = 0.0
        else:
            amount = round(rng.uniform(0, 10000), 2)
        rows.append([store, amount])
    return {"columns": ["store", "amount"], "rows": rows, "dtypes": {"store": "str", "amount": "float64"}}


def generate():
    rng = random.Random(1101)
    yield "random-40", [_sales(rng, 40, 4, 0.1, 0.1, 0.1)]
    yield "random-120-many-missing", [_sales(rng, 120, 6, 0.3, 0.2, 0.05)]
    yield "random-300-ten-stores", [_sales(rng, 300, 10, 0.05, 0.05, 0.02)]
    yield "random-60-mostly-zero", [_sales(rng, 60, 5, 0.2, 0.1, 0.8)]
    yield "random-12-all-zero-or-missing", [_sales(rng, 12, 2, 0.2, 0.2, 0.8)]


def brute(sales):
    """The answer in plain Python, without pandas: sum each store's amounts, then divide."""
    rows = sales["rows"]
    totals = {}
    for store, amount in rows:
        if amount is not None:
            totals[store] = totals.get(store, 0.0) + amount
    out = []
    for store, amount in rows:
        total = totals.get(store, 0.0)
        if amount is None:
            share = None
        elif total == 0:
            share = 0.0
        else:
            share = amount / total
        out.append([store, amount, share])
    return {
        "columns": ["store", "amount", "share"],
        "dtypes": ["str", "float64", "float64"],
        "index": list(range(len(out))),
        "rows": out,
    }
