# Wrong: ranks the totals across all rows instead of within each day, so day-1 totals compete
# with day-20 totals.
import pandas as pd


def standings(results: pd.DataFrame) -> pd.DataFrame:
    out = results.sort_values(["team", "day"]).copy()
    out["cum_points"] = out["points"].fillna(0.0).groupby(out["team"]).cumsum()
    out["standing"] = out["cum_points"].rank(method="dense", ascending=False).astype("int64")
    return out.sort_values(["day", "standing", "team"]).reset_index(drop=True)
