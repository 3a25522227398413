# Wrong: fills missing amounts with 0 before dividing, so a lost amount reports a share of 0.0
# instead of a missing share (and the amount column is changed too).
import pandas as pd


def group_share(sales: pd.DataFrame) -> pd.DataFrame:
    out = sales.copy()
    out["amount"] = out["amount"].fillna(0.0)
    totals = out.groupby("store", dropna=False)["amount"].transform("sum")
    out["share"] = (out["amount"] / totals).mask(totals.eq(0), 0.0)
    return out
