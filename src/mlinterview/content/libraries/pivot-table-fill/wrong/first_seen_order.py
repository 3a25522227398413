# Wrong: keeps regions and products in order of first appearance (sort=False) instead of
# sorted order.
import pandas as pd


def units_matrix(sales: pd.DataFrame, margins: bool) -> pd.DataFrame:
    grid = sales.groupby(["region", "product"], sort=False)["units"].sum().unstack("product", fill_value=0)
    products = list(dict.fromkeys(sales["product"]))
    regions = list(dict.fromkeys(sales["region"]))
    grid = grid.reindex(index=regions, columns=products).astype("int64")
    if margins:
        grid["All"] = grid.sum(axis=1)
        grid.loc["All"] = grid.sum(axis=0)
    grid.columns.name = None
    return grid.rename_axis("region").reset_index()
