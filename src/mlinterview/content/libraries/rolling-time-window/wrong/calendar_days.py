# Wrong: compares calendar dates (ts.dt.normalize()), so a payment 7 days and a few hours
# earlier still counts.
import pandas as pd


def spend_last_7d(events: pd.DataFrame) -> pd.DataFrame:
    spend, count = [], []
    days = events["ts"].dt.normalize()
    for i in events.index:
        same = events["user"] == events.at[i, "user"]
        inside = same & (days >= days[i] - pd.Timedelta(days=7)) & (events["ts"] <= events.at[i, "ts"])
        spend.append(events.loc[inside, "amount"].sum())
        count.append(int(inside.sum()))
    return events.assign(spend_7d=spend, n_7d=pd.Series(count, index=events.index, dtype="int64"))
