import pandas as pd


def spend_last_7d(events: pd.DataFrame) -> pd.DataFrame:
    """Add spend_7d (float) and n_7d (int): the user's payments with ts in [t - 7 days, t].

    Keep the input's rows and order.
    """
    pass
