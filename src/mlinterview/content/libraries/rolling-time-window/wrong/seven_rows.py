# Wrong: rolling(7) is a window of the last seven rows, not of the last seven days.
import pandas as pd


def spend_last_7d(events: pd.DataFrame) -> pd.DataFrame:
    ordered = events.sort_values(["user", "ts"])
    window = ordered.groupby("user")["amount"].rolling(7, min_periods=1)
    out = events.copy()
    out["spend_7d"] = window.sum().droplevel("user").reindex(events.index)
    out["n_7d"] = window.count().droplevel("user").reindex(events.index).astype("int64")
    return out
