# Wrong: merges without validate=, so a repeated customer id silently duplicates that
# customer's orders instead of being reported.
import pandas as pd


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> dict:
    joined = orders.merge(customers, on="customer_id", how="left", indicator=True)
    unmatched = joined.loc[joined["_merge"] == "left_only", "order_id"]
    return {
        "status": "ok",
        "joined": joined.drop(columns="_merge"),
        "unmatched": [int(i) for i in unmatched],
    }
