import pandas as pd


def group_share(sales: pd.DataFrame) -> pd.DataFrame:
    """Return `sales` with a `share` column: amount / total amount of the row's store.

    Rows with a missing store form one group; a missing amount gives a missing share; a group
    whose total is 0 gives share 0.0. Keep every row, in the input's order.
    """
    pass
