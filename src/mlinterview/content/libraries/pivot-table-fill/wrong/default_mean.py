# Wrong: leaves pivot_table's default aggfunc, which averages the lines (and gives floats)
# instead of summing them.
import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    grid = sales.pivot_table(index="region", columns="product", values="units", fill_value=0, margins=margins)
    grid.columns.name = None
    return grid.reset_index()
