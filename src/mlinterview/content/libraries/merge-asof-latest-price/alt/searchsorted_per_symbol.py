# A correct alternative without merge_asof: per symbol, binary search each trade's time in the
# sorted quote times.
import numpy as np
import pandas as pd


def price_trades(trades: pd.DataFrame, quotes: pd.DataFrame, tolerance_s: int) -> pd.DataFrame:
    price = pd.Series(np.nan, index=trades.index)
    tol = np.timedelta64(tolerance_s, "s")
    for symbol, q in quotes.groupby("symbol"):
        q = q.sort_values("ts")
        qt = q["ts"].to_numpy()
        mine = trades[trades["symbol"] == symbol]
        if mine.empty:
            continue
        tt = mine["ts"].to_numpy()
        pos = np.searchsorted(qt, tt, side="right") - 1  # last quote with ts <= trade time
        ok = (pos >= 0) & (tt - qt[np.maximum(pos, 0)] <= tol)
        values = np.where(ok, q["price"].to_numpy()[np.maximum(pos, 0)], np.nan)
        price.loc[mine.index] = values
    return trades.assign(price=price.astype("float64"))
