import pandas as pd


def standings(results: pd.DataFrame) -> pd.DataFrame:
    # A running total only makes sense in day order: sort first (the input is unordered).
    out = results.sort_values(["team", "day"]).copy()
    # cumsum skips NaN but leaves NaN at that row; an annulled result adds 0 instead, so fill
    # before summing. groupby restarts the sum for every team.
    out["cum_points"] = out["points"].fillna(0.0).groupby(out["team"]).cumsum()
    # Standings compare teams on the same day: rank within each day, highest first. "dense"
    # gives ties the same place and no gap after them (1, 2, 2, 3); rank returns floats.
    out["standing"] = out.groupby("day")["cum_points"].rank(method="dense", ascending=False).astype("int64")
    out = out.sort_values(["day", "standing", "team"]).reset_index(drop=True)
    return out[["team", "day", "points", "cum_points", "standing"]]
