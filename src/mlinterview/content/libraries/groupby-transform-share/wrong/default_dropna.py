# Wrong: groupby's default dropna=True leaves the missing-store rows out of every group, so
# their share comes out missing instead of a share of the unknown-store total.
import pandas as pd


def group_share(sales: pd.DataFrame) -> pd.DataFrame:
    out = sales.copy()
    totals = out.groupby("store")["amount"].transform("sum")
    out["share"] = (out["amount"] / totals).mask(totals.eq(0) & out["amount"].notna(), 0.0)
    return out
