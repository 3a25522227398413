# Wrong: merge_asof without by="symbol" takes the latest quote of any symbol.
import pandas as pd


def price_trades(trades: pd.DataFrame, quotes: pd.DataFrame, tolerance_s: int) -> pd.DataFrame:
    left = trades.assign(_row=range(len(trades))).sort_values("ts")
    right = quotes.sort_values("ts").rename(columns={"symbol": "quote_symbol"})
    priced = pd.merge_asof(left, right, on="ts", tolerance=pd.Timedelta(seconds=tolerance_s))
    return priced.sort_values("_row")[["ts", "symbol", "qty", "price"]].reset_index(drop=True)
