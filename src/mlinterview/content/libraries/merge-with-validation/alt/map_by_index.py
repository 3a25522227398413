# A correct alternative: check uniqueness first, then look the regions up through an index.
import pandas as pd


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> dict:
    counts = customers["customer_id"].value_counts()
    repeated = counts[counts > 1]
    if len(repeated):
        return {"status": "duplicate_keys", "keys": sorted(int(k) for k in repeated.index)}
    regions = customers.set_index("customer_id")["region"]
    known = orders["customer_id"].isin(regions.index)
    joined = orders.reset_index(drop=True).copy()
    joined["region"] = joined["customer_id"].map(regions).astype("str")
    return {
        "status": "ok",
        "joined": joined,
        "unmatched": [int(i) for i in orders.loc[~known, "order_id"]],
    }
