"""Seeded hidden cases for dedupe-keep-latest: shuffled updates of many accounts with repeated
times, missing times and versions out of feed order, up to the stated 300 rows."""

import datetime as dt
import random

START = dt.datetime(2024, 1, 1)


def _updates(rng, n, n_accounts, p_missing, n_times):
    accounts = rng.sample(range(1, 1000001), n_accounts)
    times = [START + dt.timedelta(hours=rng.randrange(24 * 60)) for _ in range(n_times)]  # few: ties
    rows = []
    next_version = {a: rng.randrange(0, 1000) for a in accounts}
    for _ in range(n):
        a = rng.choice(accounts)
        v = next_version[a] = next_version[a] + rng.randint(1, 5)
        t = None if rng.random() < p_missing else rng.choice(times).strftime("%Y-%m-%d %H:%M:%S")
        rows.append([a, t, v, f"user{a}.v{v}@example.com"])
    rng.shuffle(rows)
    return {
        "columns": ["account_id", "updated_at", "version", "email"],
        "rows": rows,
        "dtypes": {"account_id": "int64", "updated_at": "datetime64[ns]", "version": "int64", "email": "str"},
    }


def generate():
    rng = random.Random(1107)
    yield "random-40-updates-8-accounts", [_updates(rng, 40, 8, 0.15, 6)]
    yield "random-300-updates-50-accounts", [_updates(rng, 300, 50, 0.1, 20)]
    yield "random-120-updates-few-times", [_updates(rng, 120, 30, 0.3, 3)]
    yield "random-10-updates-one-account", [_updates(rng, 10, 1, 0.3, 2)]
    yield "random-30-updates-mostly-undated", [_updates(rng, 30, 6, 0.8, 4)]


def brute(updates):
    """The answer in plain Python, without pandas: the maximum of a (dated, time, version) key."""
    best = {}
    for row in updates["rows"]:
        account, ts, version, _ = row
        key = (ts is not None, dt.datetime.fromisoformat(ts) if ts else dt.datetime.min, version)
        if account not in best or key > best[account][0]:
            best[account] = (key, row)
    rows = []
    for account in sorted(best):
        a, ts, version, email = best[account][1]
        rows.append([a, dt.datetime.fromisoformat(ts).isoformat() if ts else None, version, email])
    return {
        "columns": ["account_id", "updated_at", "version", "email"],
        "dtypes": ["int64", "datetime64[ns]", "int64", "str"],
        "index": list(range(len(rows))),
        "rows": rows,
    }
