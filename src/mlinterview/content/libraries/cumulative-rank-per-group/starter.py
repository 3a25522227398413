import pandas as pd


def standings(results: pd.DataFrame) -> pd.DataFrame:
    """cum_points: the team's running total by day (missing points add 0). standing: per day,
    dense rank of cum_points, highest = 1 (int). Sorted by day, standing, team."""
    pass
