# Wrong: computes the right windows but returns the rows sorted by user and time instead of in
# the input's order.
import pandas as pd


def spend_last_7d(events: pd.DataFrame) -> pd.DataFrame:
    ordered = events.sort_values(["user", "ts"])
    window = ordered.groupby("user")[["ts", "amount"]].rolling("7D", on="ts", closed="both")
    out = ordered.copy()
    out["spend_7d"] = window.sum()["amount"].to_numpy()
    out["n_7d"] = window.count()["amount"].to_numpy().astype("int64")
    return out
