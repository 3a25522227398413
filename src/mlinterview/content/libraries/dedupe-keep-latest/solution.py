import pandas as pd


def latest_records(updates: pd.DataFrame) -> pd.DataFrame:
    # Sort so that, within each account, the winner comes last: by time, then by version for
    # ties. na_position="first" makes a missing time the oldest; the default ("last") would put
    # NaT after every real time and let an undated row win.
    ordered = updates.sort_values(["account_id", "updated_at", "version"], na_position="first", kind="stable")
    # drop_duplicates keeps whole rows, so the columns of the answer all come from the same
    # update (a groupby().max() would take each column's maximum from different rows).
    latest = ordered.drop_duplicates(subset="account_id", keep="last")
    return latest.reset_index(drop=True)
