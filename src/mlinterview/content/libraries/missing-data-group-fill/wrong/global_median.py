# Wrong: fills the rest with the median of all sensors, so a sensor's gap gets a value shaped by
# the other sensors (and a sensor with no readings gets one too).
import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    out = readings.copy()
    out["value"] = out.groupby("sensor")["value"].ffill(limit=limit).fillna(readings["value"].median())
    return out
