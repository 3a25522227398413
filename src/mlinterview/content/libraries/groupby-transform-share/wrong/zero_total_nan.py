# Wrong: divides without handling a group whose total is 0, so its rows get NaN (0 / 0)
# instead of the stated 0.0.
import pandas as pd


def group_share(sales: pd.DataFrame) -> pd.DataFrame:
    out = sales.copy()
    out["share"] = out["amount"] / out.groupby("store", dropna=False)["amount"].transform("sum")
    return out
