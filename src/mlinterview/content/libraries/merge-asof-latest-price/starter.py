import pandas as pd


def price_trades(trades: pd.DataFrame, quotes: pd.DataFrame, tolerance_s: int) -> pd.DataFrame:
    """Each trade's price: the same symbol's latest quote at or before the trade, at most
    tolerance_s seconds old, else NaN. Columns ts, symbol, qty, price; trades' order."""
    pass
