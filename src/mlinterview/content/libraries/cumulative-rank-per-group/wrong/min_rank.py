# Wrong: method="min" (sports ranking 1, 2, 2, 4) leaves a gap after a tie; the statement asks
# for dense standings.
import pandas as pd


def standings(results: pd.DataFrame) -> pd.DataFrame:
    out = results.sort_values(["team", "day"]).copy()
    out["cum_points"] = out["points"].fillna(0.0).groupby(out["team"]).cumsum()
    out["standing"] = out.groupby("day")["cum_points"].rank(method="min", ascending=False).astype("int64")
    return out.sort_values(["day", "standing", "team"]).reset_index(drop=True)
