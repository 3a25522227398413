import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    out = readings.copy()
    by_sensor = out.groupby("sensor")["value"]
    # groupby().ffill walks each sensor's rows in their order and never carries a value from one
    # sensor into another; the result is aligned with the input rows. limit= caps how many
    # consecutive missing readings one observed value may fill.
    forward = by_sensor.ffill(limit=limit)
    # The median of the original readings (NaN skipped), broadcast to each row of the sensor.
    # Taken before the forward fill, which would count the carried values again.
    median = by_sensor.transform("median")
    out["value"] = forward.fillna(median)
    return out
