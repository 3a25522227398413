# Wrong: forward fills the whole column without grouping, so a sensor's gap is filled with the
# previous row's reading, which may belong to another sensor.
import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    out = readings.copy()
    median = out.groupby("sensor")["value"].transform("median")
    out["value"] = out["value"].ffill(limit=limit).fillna(median)
    return out
