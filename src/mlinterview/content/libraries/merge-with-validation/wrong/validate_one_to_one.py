# Wrong: validate="one_to_one" also demands unique keys on the left, so a customer with two
# orders is reported as a duplicate key although the customer table is clean.
import pandas as pd
from pandas.errors import MergeError


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> dict:
    try:
        joined = orders.merge(customers, on="customer_id", how="left", validate="one_to_one", indicator=True)
    except MergeError:
        ids = pd.concat([orders["customer_id"], customers["customer_id"]])
        return {"status": "duplicate_keys", "keys": sorted(int(k) for k in ids[ids.duplicated()].unique())}
    unmatched = joined.loc[joined["_merge"] == "left_only", "order_id"]
    return {
        "status": "ok",
        "joined": joined.drop(columns="_merge"),
        "unmatched": [int(i) for i in unmatched],
    }
