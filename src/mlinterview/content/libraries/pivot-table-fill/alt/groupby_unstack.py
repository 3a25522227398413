# A correct alternative: sum per (region, product) with groupby, spread with unstack, and add
# the margins by hand.
import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    grid = sales.groupby(["region", "product"])["units"].sum().unstack("product", fill_value=0)
    grid = grid.sort_index().sort_index(axis=1).astype("int64")
    if margins:
        grid["All"] = grid.sum(axis=1)
        grid.loc["All"] = grid.sum(axis=0)
    grid.columns.name = None
    return grid.rename_axis("region").reset_index()
