# Wrong: allow_exact_matches=False skips a quote published at the trade's very instant and
# falls back to an older one.
import pandas as pd


def price_trades(trades: pd.DataFrame, quotes: pd.DataFrame, tolerance_s: int) -> pd.DataFrame:
    left = trades.assign(_row=range(len(trades))).sort_values("ts")
    right = quotes.sort_values("ts")
    priced = pd.merge_asof(
        left,
        right,
        on="ts",
        by="symbol",
        allow_exact_matches=False,
        tolerance=pd.Timedelta(seconds=tolerance_s),
    )
    return priced.sort_values("_row")[["ts", "symbol", "qty", "price"]].reset_index(drop=True)
