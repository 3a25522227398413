# Wrong: an inner join drops the orders whose customer is unknown from the joined frame
# (they should stay, with a missing region).
import pandas as pd
from pandas.errors import MergeError


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> dict:
    try:
        joined = orders.merge(customers, on="customer_id", how="inner", validate="many_to_one")
    except MergeError:
        ids = customers["customer_id"]
        return {"status": "duplicate_keys", "keys": sorted(int(k) for k in ids[ids.duplicated()].unique())}
    unmatched = orders.loc[~orders["customer_id"].isin(customers["customer_id"]), "order_id"]
    return {"status": "ok", "joined": joined, "unmatched": [int(i) for i in unmatched]}
