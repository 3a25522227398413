# Wrong: sorts by sensor to fill (a sound way to compute it) but returns the sorted frame, not
# the input's row order.
import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    out = readings.sort_values(["sensor", "t"]).copy()
    g = out.groupby("sensor")["value"]
    out["value"] = g.ffill(limit=limit).fillna(g.transform("median"))
    return out.reset_index(drop=True)
