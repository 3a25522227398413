# Wrong: sort_values puts NaT last by default, so an update without a time is taken as the
# newest one.
import pandas as pd


def latest_records(updates: pd.DataFrame) -> pd.DataFrame:
    ordered = updates.sort_values(["account_id", "updated_at", "version"])
    return ordered.drop_duplicates(subset="account_id", keep="last").reset_index(drop=True)
