import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    grid = sales.pivot_table(
        index="region",
        columns="product",
        values="units",
        aggfunc="sum",  # the default aggfunc is "mean"
        fill_value=0,  # absent (region, product) pairs: 0, so the columns stay int64, not float NaN
        margins=margins,  # totals computed from the raw lines, named by margins_name
        margins_name="All",
        sort=True,  # sorted row and column labels (the default, stated for the reader)
    )
    # The regions are the index and the column axis is named "product": reset_index turns the
    # index back into the first column; the axis name is not part of the answer.
    grid.columns.name = None
    return grid.reset_index()
