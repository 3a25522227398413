# Wrong: groupby with a weekly pd.Grouper only returns the (category, week) pairs that have
# orders, so the empty weeks are missing instead of 0.0.
import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    weekly = orders.groupby(["category", pd.Grouper(key="ts", freq="W-MON", closed="left", label="left")])[
        "amount"
    ].sum()
    return weekly.rename_axis(["category", "week"]).reset_index(name="revenue")
