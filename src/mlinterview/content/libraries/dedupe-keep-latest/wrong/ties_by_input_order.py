# Wrong: sorts by time only and keeps the last row, so a tie on updated_at goes to whichever
# row came later in the feed instead of the greater version.
import pandas as pd


def latest_records(updates: pd.DataFrame) -> pd.DataFrame:
    ordered = updates.sort_values(["account_id", "updated_at"], na_position="first", kind="stable")
    return ordered.drop_duplicates(subset="account_id", keep="last").reset_index(drop=True)
