# Wrong: keeps rolling's default closed="right", so a payment exactly seven days earlier falls
# out of the window.
import pandas as pd


def spend_last_7d(events: pd.DataFrame) -> pd.DataFrame:
    ordered = events.sort_values(["user", "ts"])
    window = ordered.groupby("user")[["ts", "amount"]].rolling("7D", on="ts")
    out = events.copy()
    out["spend_7d"] = window.sum()["amount"].droplevel("user").reindex(events.index)
    out["n_7d"] = window.count()["amount"].droplevel("user").reindex(events.index).astype("int64")
    return out
