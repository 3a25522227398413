# Wrong: resample("W") means weeks ending on Sunday (W-SUN), labelled by the Sunday, not the
# Monday-to-Monday weeks finance uses.
import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    weekly = orders.set_index("ts").groupby("category")["amount"].resample("W").sum()
    starts = weekly.index.get_level_values("ts")
    weeks = pd.date_range(starts.min(), starts.max(), freq="7D", unit="ns")
    grid = pd.MultiIndex.from_product(
        [sorted(orders["category"].unique()), weeks], names=["category", "week"]
    )
    weekly.index = weekly.index.set_names(["category", "week"])
    return weekly.reindex(grid, fill_value=0.0).reset_index(name="revenue")
