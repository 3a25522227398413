# A correct alternative without rolling: per user, sort by time and look back with searchsorted.
import numpy as np
import pandas as pd


def spend_last_7d(events: pd.DataFrame) -> pd.DataFrame:
    spend = pd.Series(0.0, index=events.index)
    count = pd.Series(0, index=events.index, dtype="int64")
    week = np.timedelta64(7, "D")
    for _, g in events.groupby("user"):
        g = g.sort_values("ts")
        ts = g["ts"].to_numpy()
        csum = np.concatenate([[0.0], np.cumsum(g["amount"].to_numpy())])
        first = np.searchsorted(ts, ts - week, side="left")  # first payment at or after t - 7 days
        last = np.arange(len(g)) + 1
        spend.loc[g.index] = csum[last] - csum[first]
        count.loc[g.index] = last - first
    return events.assign(spend_7d=spend, n_7d=count)
