import pandas as pd


def split_and_encode(events: pd.DataFrame, cutoff: str, gap_days: int, smoothing: float) -> pd.DataFrame:
    """Train: ts < cutoff; test: ts >= cutoff + gap_days days; the rows in between dropped.

    city_rate = (sum of y + smoothing * prior) / (count + smoothing) over the city's training
    rows, prior = training mean of y (also the rate of a city without training rows).
    Columns: ts, city, y, split ("train"/"test"), city_rate; rows in any order.
    """
    pass
