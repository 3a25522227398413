import pandas as pd
from pandas.errors import MergeError


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> dict:
    try:
        # validate="many_to_one": many orders may share a customer, but each customer_id must
        # appear at most once on the right; otherwise pandas raises MergeError instead of
        # silently multiplying the orders. how="left" keeps every order in the left frame's
        # order. indicator=True adds _merge: "both" or "left_only" per row.
        joined = orders.merge(customers, on="customer_id", how="left", validate="many_to_one", indicator=True)
    except MergeError:
        ids = customers["customer_id"]
        repeated = ids[ids.duplicated(keep=False)].unique()
        return {"status": "duplicate_keys", "keys": sorted(int(k) for k in repeated)}
    # The indicator, not a missing region, tells an unknown customer: a known customer may
    # have no region.
    unmatched = joined.loc[joined["_merge"] == "left_only", "order_id"]
    joined = joined.drop(columns="_merge").reset_index(drop=True)
    return {
        "status": "ok",
        "joined": joined[["order_id", "customer_id", "total", "region"]],
        "unmatched": [int(i) for i in unmatched],
    }
