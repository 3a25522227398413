import pandas as pd


def price_trades(trades: pd.DataFrame, quotes: pd.DataFrame, tolerance_s: int) -> pd.DataFrame:
    # merge_asof needs both frames sorted by the `on` key. Remember each trade's position to put
    # the answer back in the caller's order (merge_asof returns a fresh index).
    left = trades.assign(_row=range(len(trades))).sort_values("ts", kind="stable")
    right = quotes.sort_values("ts", kind="stable")
    priced = pd.merge_asof(
        left,
        right,
        on="ts",
        by="symbol",  # match only quotes of the same symbol
        direction="backward",  # the latest quote at or before the trade: never a future one
        allow_exact_matches=True,  # a quote at the trade's instant counts
        tolerance=pd.Timedelta(seconds=tolerance_s),  # older than this: no match (NaN)
    )
    priced = priced.sort_values("_row").drop(columns="_row").reset_index(drop=True)
    return priced[["ts", "symbol", "qty", "price"]]
