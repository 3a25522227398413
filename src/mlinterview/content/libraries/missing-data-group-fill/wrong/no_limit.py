# Wrong: forward fills without the limit, so long outages repeat the last reading forever
# instead of falling back to the median.
import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    out = readings.copy()
    g = out.groupby("sensor")["value"]
    out["value"] = g.ffill().fillna(g.transform("median"))
    return out
