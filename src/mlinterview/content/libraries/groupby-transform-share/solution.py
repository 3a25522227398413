import pandas as pd


def group_share(sales: pd.DataFrame) -> pd.DataFrame:
    out = sales.copy()
    # transform broadcasts each group's sum back onto the group's rows, aligned on the index,
    # so the frame keeps its length and order. dropna=False keeps the missing-store rows as a
    # group of their own; the default (dropna=True) would give them a NaN total.
    totals = out.groupby("store", dropna=False)["amount"].transform("sum")
    share = out["amount"] / totals
    # 0 / 0 is NaN; the contract wants 0.0 for rows that have an amount in a zero-total group.
    # A missing amount stays missing (NaN / anything is NaN, and the mask skips it).
    share = share.mask(totals.eq(0) & out["amount"].notna(), 0.0)
    out["share"] = share
    return out
