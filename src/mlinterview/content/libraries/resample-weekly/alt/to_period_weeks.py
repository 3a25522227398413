# A correct alternative with periods: "W-SUN" periods run Monday to Sunday, so each period's
# start time is the week's Monday (converted to nanoseconds, like the input).
import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    week = orders["ts"].dt.to_period("W-SUN").dt.start_time.astype("datetime64[ns]")
    sums = orders.assign(week=week).groupby(["category", "week"])["amount"].sum()
    weeks = pd.date_range(week.min(), week.max(), freq="7D")
    cats = sorted(orders["category"].unique())
    grid = pd.MultiIndex.from_product([cats, weeks], names=["category", "week"])
    return sums.reindex(grid, fill_value=0.0).rename("revenue").reset_index()
