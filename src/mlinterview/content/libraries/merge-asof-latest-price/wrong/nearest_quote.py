# Wrong: direction="nearest" may pick a quote published after the trade: a look-ahead leak in a
# backtest.
import pandas as pd


def price_trades(trades: pd.DataFrame, quotes: pd.DataFrame, tolerance_s: int) -> pd.DataFrame:
    left = trades.assign(_row=range(len(trades))).sort_values("ts")
    right = quotes.sort_values("ts")
    priced = pd.merge_asof(
        left, right, on="ts", by="symbol", direction="nearest", tolerance=pd.Timedelta(seconds=tolerance_s)
    )
    return priced.sort_values("_row")[["ts", "symbol", "qty", "price"]].reset_index(drop=True)
