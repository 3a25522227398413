import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    # pd.Grouper(freq=...) resamples inside a groupby: one pass over all categories at once
    # (groupby("category").resample(...) gives the same bins but resamples group by group).
    # "W-MON" anchors the bin edges on Mondays. closed="left" puts Monday 00:00 in the week it
    # starts (weekly bins default to closed="right": (Mon, Mon]), and label="left" names each
    # bin by its starting Monday instead of its closing one.
    week = pd.Grouper(key="ts", freq="W-MON", closed="left", label="left")
    weekly = orders.groupby(["category", week])["amount"].sum()
    # A groupby only returns the bins that hold orders. The report wants every week of the
    # period for every category: build that grid and reindex onto it, 0.0 where nothing sold.
    starts = weekly.index.get_level_values("ts")
    weeks = pd.date_range(starts.min(), starts.max(), freq="7D", unit="ns")
    categories = sorted(orders["category"].unique())
    grid = pd.MultiIndex.from_product([categories, weeks], names=["category", "week"])
    weekly.index = weekly.index.set_names(["category", "week"])
    return weekly.reindex(grid, fill_value=0.0).reset_index(name="revenue")
