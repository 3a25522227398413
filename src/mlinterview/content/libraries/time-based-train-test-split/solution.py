import pandas as pd


def split_and_encode(events: pd.DataFrame, cutoff: str, gap_days: int, smoothing: float) -> pd.DataFrame:
    cut = pd.Timestamp(cutoff)
    test_start = cut + pd.Timedelta(days=gap_days)
    # Strict < for train, >= for test: a row exactly at the cutoff belongs to the future side.
    # The rows in [cut, test_start) are the gap (an embargo): dropped from both sides.
    train = events[events["ts"] < cut].copy()
    test = events[events["ts"] >= test_start].copy()
    train["split"] = "train"
    test["split"] = "test"

    # Every statistic is fitted on the training rows only, like a scaler's fit on X_train:
    # the test targets must not shape the feature the model is evaluated with.
    prior = train["y"].mean()
    per_city = train.groupby("city")["y"].agg(["sum", "count"])
    rate = (per_city["sum"] + smoothing * prior) / (per_city["count"] + smoothing)

    out = pd.concat([train, test])
    # A city seen only after the cutoff has no training statistics: it falls back to the prior.
    out["city_rate"] = out["city"].map(rate).fillna(prior).astype("float64")
    return out.reset_index(drop=True)
