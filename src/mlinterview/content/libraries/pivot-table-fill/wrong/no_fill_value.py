# Wrong: no fill_value, so a region that never sold a product gets NaN (and the counts
# become float64) instead of 0.
import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    grid = sales.pivot_table(
        index="region", columns="product", values="units", aggfunc="sum", margins=margins
    )
    grid.columns.name = None
    return grid.reset_index()
