import pandas as pd


def fill_readings(readings: pd.DataFrame, limit: int) -> pd.DataFrame:
    """Per sensor: forward fill at most `limit` missing readings after an observed one, then
    fill the rest with the median of that sensor's observed values. Keep rows and order."""
    pass
