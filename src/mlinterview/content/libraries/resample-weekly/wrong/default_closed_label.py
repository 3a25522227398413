# Wrong: resample("W-MON") with its defaults (closed="right", label="right"): weeks run from
# Tuesday to Monday 00:00 and are named by their closing Monday.
import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    weekly = orders.set_index("ts").groupby("category")["amount"].resample("W-MON").sum()
    starts = weekly.index.get_level_values("ts")
    weeks = pd.date_range(starts.min(), starts.max(), freq="7D", unit="ns")
    grid = pd.MultiIndex.from_product(
        [sorted(orders["category"].unique()), weeks], names=["category", "week"]
    )
    weekly.index = weekly.index.set_names(["category", "week"])
    return weekly.reindex(grid, fill_value=0.0).reset_index(name="revenue")
