# Wrong: uses ts <= cutoff for training, so a row exactly at the cutoff is trained on (and, with
# no gap, is also a test row).
import pandas as pd


def split_and_encode(events: pd.DataFrame, cutoff: str, gap_days: int, smoothing: float) -> pd.DataFrame:
    cut = pd.Timestamp(cutoff)
    train = events[events["ts"] <= cut].assign(split="train")
    test = events[events["ts"] >= cut + pd.Timedelta(days=gap_days)].assign(split="test")
    prior = train["y"].mean()
    per_city = train.groupby("city")["y"].agg(["sum", "count"])
    rate = (per_city["sum"] + smoothing * prior) / (per_city["count"] + smoothing)
    out = pd.concat([train, test])
    out["city_rate"] = out["city"].map(rate).fillna(prior)
    return out
