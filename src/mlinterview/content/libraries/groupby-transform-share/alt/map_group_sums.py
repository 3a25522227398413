# A correct alternative: compute the group sums once and map them back onto the rows.
import numpy as np
import pandas as pd


def group_share(sales: pd.DataFrame) -> pd.DataFrame:
    key = sales["store"].fillna("\0missing")  # a name no real store has, so NaN rows group together
    sums = sales.groupby(key)["amount"].sum()
    totals = key.map(sums)
    share = np.where(totals.eq(0) & sales["amount"].notna(), 0.0, sales["amount"] / totals)
    return sales.assign(share=share.astype("float64"))
