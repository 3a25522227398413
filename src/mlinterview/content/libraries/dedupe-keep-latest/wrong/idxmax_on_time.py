# Wrong: idxmax of updated_at picks the first row holding the latest time, ignoring the version
# tie-break (and it cannot choose among rows whose times are all missing).
import pandas as pd


def latest_records(updates: pd.DataFrame) -> pd.DataFrame:
    dated = updates.dropna(subset=["updated_at"])
    winners = dated.groupby("account_id")["updated_at"].idxmax()
    undated = updates[~updates["account_id"].isin(dated["account_id"])]
    fallback = undated.groupby("account_id")["version"].idxmax()
    rows = updates.loc[list(winners) + list(fallback)]
    return rows.sort_values("account_id").reset_index(drop=True)
