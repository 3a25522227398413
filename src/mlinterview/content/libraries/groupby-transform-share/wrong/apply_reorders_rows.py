# Wrong: groupby().apply returns the rows grouped by store (sorted keys), not in the input's
# order, so the frame has the right values in the wrong row order.
import pandas as pd


def group_share(sales: pd.DataFrame) -> pd.DataFrame:
    def one(g):
        total = g["amount"].sum()
        share = g["amount"] / total if total != 0 else g["amount"] * 0.0
        return g.assign(share=share)

    parts = [one(g) for _, g in sales.groupby("store", dropna=False)]
    if not parts:
        return sales.assign(share=pd.Series(dtype="float64"))
    return pd.concat(parts)
