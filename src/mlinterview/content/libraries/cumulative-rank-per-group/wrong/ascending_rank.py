# Wrong: rank's default ascending=True gives standing 1 to the lowest total.
import pandas as pd


def standings(results: pd.DataFrame) -> pd.DataFrame:
    out = results.sort_values(["team", "day"]).copy()
    out["cum_points"] = out["points"].fillna(0.0).groupby(out["team"]).cumsum()
    out["standing"] = out.groupby("day")["cum_points"].rank(method="dense").astype("int64")
    return out.sort_values(["day", "standing", "team"]).reset_index(drop=True)
