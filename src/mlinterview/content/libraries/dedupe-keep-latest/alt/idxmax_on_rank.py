# A correct alternative with idxmax: rank the rows by (time, version) first, so that idxmax of
# the rank picks the winner whatever the ties and missing times.
import pandas as pd


def latest_records(updates: pd.DataFrame) -> pd.DataFrame:
    order = updates.sort_values(["updated_at", "version"], na_position="first").index
    rank = pd.Series(range(len(order)), index=order).reindex(updates.index)
    winners = rank.groupby(updates["account_id"]).idxmax()
    return updates.loc[winners.sort_index().to_numpy()].reset_index(drop=True)
