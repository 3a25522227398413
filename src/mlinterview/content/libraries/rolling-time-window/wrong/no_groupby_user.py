# Wrong: rolls over all payments sorted by time, so other users' payments leak into the window.
import pandas as pd


def spend_last_7d(events: pd.DataFrame) -> pd.DataFrame:
    ordered = events.sort_values("ts")
    window = ordered[["ts", "amount"]].rolling("7D", on="ts", closed="both")
    out = events.copy()
    out["spend_7d"] = window.sum()["amount"].reindex(events.index)
    out["n_7d"] = window.count()["amount"].reindex(events.index).astype("int64")
    return out
