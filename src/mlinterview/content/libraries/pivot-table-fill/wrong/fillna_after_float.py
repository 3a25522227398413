# Wrong: fills the holes after the pivot with fillna(0), which leaves the counts float64
# instead of int64 whenever a hole existed.
import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    grid = sales.pivot_table(
        index="region", columns="product", values="units", aggfunc="sum", margins=margins
    )
    grid = grid.fillna(0)
    grid.columns.name = None
    return grid.reset_index()
