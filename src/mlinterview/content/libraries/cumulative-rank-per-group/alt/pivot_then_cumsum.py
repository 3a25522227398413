# A correct alternative: a team x day grid of points, a cumulative sum along the days, and a
# dense rank computed by hand from the sorted distinct totals of each day.
import pandas as pd


def standings(results: pd.DataFrame) -> pd.DataFrame:
    grid = results.pivot(index="day", columns="team", values="points").sort_index()
    played = grid.notna() | results.pivot(index="day", columns="team", values="day").notna()
    running = grid.fillna(0.0).cumsum()
    rows = []
    for day in running.index:
        teams = [t for t in running.columns if played.at[day, t]]
        totals = {t: float(running.at[day, t]) for t in teams}
        places = {v: i + 1 for i, v in enumerate(sorted(set(totals.values()), reverse=True))}
        for t in teams:
            rows.append([t, int(day), grid.at[day, t], totals[t], places[totals[t]]])
    out = pd.DataFrame(rows, columns=["team", "day", "points", "cum_points", "standing"])
    out = out.astype(
        {"team": "str", "day": "int64", "points": "float64", "cum_points": "float64", "standing": "int64"}
    )
    return out.sort_values(["day", "standing", "team"]).reset_index(drop=True)
