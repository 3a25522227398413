# Wrong: prices every trade correctly but returns them sorted by time, not in the order of
# `trades`.
import pandas as pd


def price_trades(trades: pd.DataFrame, quotes: pd.DataFrame, tolerance_s: int) -> pd.DataFrame:
    priced = pd.merge_asof(
        trades.sort_values("ts"),
        quotes.sort_values("ts"),
        on="ts",
        by="symbol",
        tolerance=pd.Timedelta(seconds=tolerance_s),
    )
    return priced[["ts", "symbol", "qty", "price"]]
