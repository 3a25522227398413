# Wrong: always builds the grid without margins, ignoring the margins argument.
import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    grid = sales.pivot_table(index="region", columns="product", values="units", aggfunc="sum", fill_value=0)
    grid.columns.name = None
    return grid.reset_index()
