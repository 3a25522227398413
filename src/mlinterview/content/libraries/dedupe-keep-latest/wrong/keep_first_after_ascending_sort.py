# Wrong: sorts ascending and keeps the first row per account, which is the oldest update.
import pandas as pd


def latest_records(updates: pd.DataFrame) -> pd.DataFrame:
    ordered = updates.sort_values(["account_id", "updated_at", "version"], na_position="first")
    return ordered.drop_duplicates(subset="account_id", keep="first").reset_index(drop=True)
