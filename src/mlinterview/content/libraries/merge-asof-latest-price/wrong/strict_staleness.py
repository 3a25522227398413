# Wrong: rejects a quote exactly tolerance_s seconds old (a strict < where the statement
# includes equality).
import pandas as pd


def price_trades(trades: pd.DataFrame, quotes: pd.DataFrame, tolerance_s: int) -> pd.DataFrame:
    left = trades.assign(_row=range(len(trades))).sort_values("ts")
    right = quotes.sort_values("ts").assign(quote_ts=lambda q: q["ts"])
    priced = pd.merge_asof(left, right, on="ts", by="symbol")
    fresh = (priced["ts"] - priced["quote_ts"]) < pd.Timedelta(seconds=tolerance_s)
    priced["price"] = priced["price"].where(fresh)
    return priced.sort_values("_row")[["ts", "symbol", "qty", "price"]].reset_index(drop=True)
