"""Seeded hidden cases for merge-with-validation: clean customer tables with unknown and
region-less customers, and dirty ones with repeated ids, up to the stated sizes."""

import random

REGIONS = ["north", "south", "east", "west", None]


def _case(rng, n_orders, n_customers, n_repeats, p_unknown):
    ids = rng.sample(range(100000 + 1), n_customers)
    customers = [[cid, rng.choice(REGIONS)] for cid in ids]
    for _ in range(n_repeats):  # a repeated id with a possibly different region
        customers.append([rng.choice(ids), rng.choice(REGIONS)])
    rng.shuffle(customers)
    order_ids = rng.sample(range(100000 + 1), n_orders)
    orders = []
    for oid in order_ids:
        cid = rng.randrange(100000 + 1) if rng.random() < p_unknown else rng.choice(ids)
        orders.append([oid, cid, round(rng.uniform(0, 100000), 2)])
    return [
        {
            "columns": ["order_id", "customer_id", "total"],
            "rows": orders,
            "dtypes": {"order_id": "int64", "customer_id": "int64", "total": "float64"},
        },
        {
            "columns": ["customer_id", "region"],
            "rows": customers,
            "dtypes": {"customer_id": "int64", "region": "str"},
        },
    ]


def generate():
    rng = random.Random(1102)
    yield "clean-50-orders", _case(rng, 50, 20, 0, 0.2)
    yield "clean-300-orders", _case(rng, 300, 98, 0, 0.1)
    yield "dirty-100-customers", _case(rng, 120, 96, 4, 0.1)
    yield "clean-few-customers-many-orders", _case(rng, 200, 3, 0, 0.05)
    yield "dirty-one-repeat", _case(rng, 10, 6, 1, 0.2)


def brute(orders, customers):
    """The answer in plain Python, without pandas: count the keys, then look each order up."""
    counts = {}
    for cid, _ in customers["rows"]:
        counts[cid] = counts.get(cid, 0) + 1
    repeated = sorted(cid for cid, n in counts.items() if n > 1)
    if repeated:
        return {"status": "duplicate_keys", "keys": repeated}
    region_of = {cid: region for cid, region in customers["rows"]}
    rows, unmatched = [], []
    for oid, cid, total in orders["rows"]:
        rows.append([oid, cid, total, region_of.get(cid)])
        if cid not in region_of:
            unmatched.append(oid)
    joined = {
        "columns": ["order_id", "customer_id", "total", "region"],
        "dtypes": ["int64", "int64", "float64", "str"],
        "index": list(range(len(rows))),
        "rows": rows,
    }
    return {"status": "ok", "joined": joined, "unmatched": unmatched}
