# Wrong: "fixes" the repeated customer ids with drop_duplicates (keeping the first row)
# instead of refusing the join and reporting them.
import pandas as pd


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> dict:
    clean = customers.drop_duplicates(subset="customer_id", keep="first")
    joined = orders.merge(clean, on="customer_id", how="left", validate="many_to_one", indicator=True)
    unmatched = joined.loc[joined["_merge"] == "left_only", "order_id"]
    return {
        "status": "ok",
        "joined": joined.drop(columns="_merge"),
        "unmatched": [int(i) for i in unmatched],
    }
