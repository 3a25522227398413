# Wrong: 7-day bins starting at the earliest order's own time (resample("7D", origin="start")),
# not at Monday 00:00.
import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    first = orders["ts"].min()
    weekly = orders.set_index("ts").groupby("category")["amount"].resample("7D", origin=first).sum()
    starts = weekly.index.get_level_values("ts")
    weeks = pd.date_range(starts.min(), starts.max(), freq="7D", unit="ns")
    grid = pd.MultiIndex.from_product(
        [sorted(orders["category"].unique()), weeks], names=["category", "week"]
    )
    weekly.index = weekly.index.set_names(["category", "week"])
    return weekly.reindex(grid, fill_value=0.0).reset_index(name="revenue")
