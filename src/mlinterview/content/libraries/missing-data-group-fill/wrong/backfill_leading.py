# Wrong: back fills what forward fill left, so readings before the first observation (and
# long gaps) copy a later reading instead of taking the median: it uses the future.
import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    out = readings.copy()
    g = out.groupby("sensor")["value"]
    forward = g.ffill(limit=limit)
    backward = out.assign(value=forward).groupby("sensor")["value"].bfill()
    out["value"] = backward.fillna(g.transform("median"))
    return out
