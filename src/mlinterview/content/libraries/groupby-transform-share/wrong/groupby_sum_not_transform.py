# Wrong: uses groupby().sum() (one row per store) where transform is needed; dividing the
# column by a store-indexed Series aligns on the row index, not the store, so shares are garbage.
import pandas as pd


def group_share(sales: pd.DataFrame) -> pd.DataFrame:
    out = sales.copy()
    totals = out.groupby("store", dropna=False)["amount"].sum()
    out["share"] = (out["amount"] / totals.reset_index(drop=True)).reindex(out.index)
    return out
