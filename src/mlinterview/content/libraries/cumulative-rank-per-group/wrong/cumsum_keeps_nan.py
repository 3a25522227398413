# Wrong: cumsum skips a missing value but leaves NaN on that row, so an annulled result shows no
# running total (and the standing of that row is lost).
import pandas as pd


def standings(results: pd.DataFrame) -> pd.DataFrame:
    out = results.sort_values(["team", "day"]).copy()
    out["cum_points"] = out.groupby("team")["points"].cumsum()
    out["standing"] = out.groupby("day")["cum_points"].rank(method="dense", ascending=False)
    out["standing"] = out["standing"].fillna(0).astype("int64")
    return out.sort_values(["day", "standing", "team"]).reset_index(drop=True)
