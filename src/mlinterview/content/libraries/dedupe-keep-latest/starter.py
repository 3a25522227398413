import pandas as pd


def latest_records(updates: pd.DataFrame) -> pd.DataFrame:
    """The latest whole row per account_id: greatest updated_at (missing = oldest), ties by the
    greatest version. Sorted by account_id."""
    pass
