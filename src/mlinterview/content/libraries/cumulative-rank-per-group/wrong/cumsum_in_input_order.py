# Wrong: takes the running total in the order the rows arrived instead of day order, so a late
# row for an early day is added after later days.
import pandas as pd


def standings(results: pd.DataFrame) -> pd.DataFrame:
    out = results.copy()
    out["cum_points"] = out["points"].fillna(0.0).groupby(out["team"]).cumsum()
    out["standing"] = out.groupby("day")["cum_points"].rank(method="dense", ascending=False).astype("int64")
    return out.sort_values(["day", "standing", "team"]).reset_index(drop=True)
