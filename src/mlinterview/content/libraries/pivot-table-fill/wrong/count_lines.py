# Wrong: counts the sale lines (aggfunc="count") instead of summing the units on them.
import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    grid = sales.pivot_table(
        index="region", columns="product", values="units", aggfunc="count", fill_value=0, margins=margins
    )
    grid.columns.name = None
    return grid.reset_index()
