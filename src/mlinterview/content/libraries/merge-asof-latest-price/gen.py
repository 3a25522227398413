"""Seeded hidden cases for merge-asof-latest-price: shuffled trades and quotes of up to 10
symbols in one trading hour, some trades at a quote's instant, up to 300 rows each."""

import datetime as dt
import random

OPEN = dt.datetime(2024, 1, 2, 9, 0)


def _case(rng, n_trades, n_quotes, n_symbols, p_same_instant):
    symbols = [f"S{i}" for i in range(n_symbols)]
    taken = set()
    quotes = []
    while len(quotes) < n_quotes:
        s, sec = rng.choice(symbols), rng.randrange(3600)
        if (s, sec) in taken:
            continue
        taken.add((s, sec))
        quotes.append(
            [
                (OPEN + dt.timedelta(seconds=sec)).strftime("%Y-%m-%d %H:%M:%S"),
                s,
                round(rng.uniform(1, 1000), 2),
            ]
        )
    trades = []
    for _ in range(n_trades):
        if rng.random() < p_same_instant:
            q = rng.choice(quotes)
            ts, s = q[0], q[1]
        else:
            ts = (OPEN + dt.timedelta(seconds=rng.randrange(3600))).strftime("%Y-%m-%d %H:%M:%S")
            s = rng.choice(symbols)
        trades.append([ts, s, rng.randint(1, 1000)])
    rng.shuffle(quotes)
    return [
        {
            "columns": ["ts", "symbol", "qty"],
            "rows": trades,
            "dtypes": {"ts": "datetime64[ns]", "symbol": "str", "qty": "int64"},
        },
        {
            "columns": ["ts", "symbol", "price"],
            "rows": quotes,
            "dtypes": {"ts": "datetime64[ns]", "symbol": "str", "price": "float64"},
        },
    ]


def generate():
    rng = random.Random(1110)
    yield "random-50-trades-tolerance-120", _case(rng, 50, 40, 3, 0.2) + [120]
    yield "random-300-trades-tolerance-30", _case(rng, 300, 300, 10, 0.1) + [30]
    yield "random-sparse-quotes-tolerance-600", _case(rng, 100, 15, 5, 0.1) + [600]
    yield "random-20-trades-tolerance-0", _case(rng, 20, 30, 2, 0.5) + [0]
    yield "random-40-trades-tolerance-3600", _case(rng, 40, 10, 4, 0.1) + [3600]


def brute(trades, quotes, tolerance_s):
    """The answer in plain Python, without pandas: scan the symbol's quotes for each trade."""
    tol = dt.timedelta(seconds=tolerance_s)
    parsed = [(dt.datetime.fromisoformat(ts), sym, price) for ts, sym, price in quotes["rows"]]
    rows = []
    for ts, sym, qty in trades["rows"]:
        t = dt.datetime.fromisoformat(ts)
        before = [(qt, price) for qt, qsym, price in parsed if qsym == sym and qt <= t]
        price = None
        if before:
            qt, p = max(before)
            if t - qt <= tol:
                price = p
        rows.append([t.isoformat(), sym, qty, price])
    return {
        "columns": ["ts", "symbol", "qty", "price"],
        "dtypes": ["datetime64[ns]", "str", "int64", "float64"],
        "index": list(range(len(rows))),
        "rows": rows,
    }
