import pandas as pd


def spend_last_7d(events: pd.DataFrame) -> pd.DataFrame:
    # A time-based window needs each user's rows sorted by time. Sorting a copy keeps the
    # original index labels, which is how the results find their way back to the input order.
    ordered = events.sort_values(["user", "ts"], kind="stable")
    # rolling("7D", on="ts") is a window over time, not over a number of rows: for each row it
    # covers the rows of the same group whose ts is within 7 days. closed="both" includes the
    # left edge t - 7 days as well as the row itself (the default "right" excludes the edge).
    window = ordered.groupby("user")[["ts", "amount"]].rolling("7D", on="ts", closed="both")
    spend = window.sum()["amount"].droplevel("user")  # index: (user, original label) -> original label
    count = window.count()["amount"].droplevel("user")
    out = events.copy()
    out["spend_7d"] = spend.reindex(events.index)
    out["n_7d"] = count.reindex(events.index).astype("int64")  # rolling counts come as floats
    return out
