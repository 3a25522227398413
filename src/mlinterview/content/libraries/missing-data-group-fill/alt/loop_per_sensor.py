# A correct alternative: handle each sensor's rows separately with plain loops.
import math

import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    values = readings["value"].astype("float64").copy()
    for _, idx in readings.groupby("sensor").groups.items():
        observed = values.loc[idx].dropna()
        median = observed.median() if len(observed) else math.nan
        last, run = math.nan, 0
        filled = []
        for v in values.loc[idx]:
            if not math.isnan(v):
                last, run = v, 0
                filled.append(v)
            else:
                run += 1
                filled.append(last if not math.isnan(last) and run <= limit else median)
        values.loc[idx] = filled
    return readings.assign(value=values)
