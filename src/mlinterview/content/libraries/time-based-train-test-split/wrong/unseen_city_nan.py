# Wrong: a left merge of the training statistics leaves a city without training rows at NaN
# instead of falling back to the prior.
import pandas as pd


def split_and_encode(events: pd.DataFrame, cutoff: str, gap_days: int, smoothing: float) -> pd.DataFrame:
    cut = pd.Timestamp(cutoff)
    train = events[events["ts"] < cut].assign(split="train")
    test = events[events["ts"] >= cut + pd.Timedelta(days=gap_days)].assign(split="test")
    prior = train["y"].mean()
    stats = train.groupby("city")["y"].agg(["sum", "count"]).reset_index()
    stats["city_rate"] = (stats["sum"] + smoothing * prior) / (stats["count"] + smoothing)
    out = pd.concat([train, test]).merge(stats[["city", "city_rate"]], on="city", how="left")
    return out
