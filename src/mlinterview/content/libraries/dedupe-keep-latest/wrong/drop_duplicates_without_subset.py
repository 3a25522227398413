# Wrong: drop_duplicates() without subset= only removes rows identical in every column, so
# accounts with several updates keep all of them.
import pandas as pd


def latest_records(updates: pd.DataFrame) -> pd.DataFrame:
    ordered = updates.sort_values(["account_id", "updated_at", "version"], na_position="first")
    return ordered.drop_duplicates(keep="last").reset_index(drop=True)
