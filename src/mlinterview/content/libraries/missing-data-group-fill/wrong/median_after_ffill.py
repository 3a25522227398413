# Wrong: takes the median after forward filling, so carried-forward values are counted as if
# they had been observed.
import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    out = readings.copy()
    out["value"] = out.groupby("sensor")["value"].ffill(limit=limit)
    out["value"] = out["value"].fillna(out.groupby("sensor")["value"].transform("median"))
    return out
