import pandas as pd


def attach_customers(orders: pd.DataFrame, customers: pd.DataFrame) -> dict:
    """Left-join each order to its customer's region without ever duplicating an order.

    Duplicate customer ids: {"status": "duplicate_keys", "keys": [sorted distinct ids]}.
    Otherwise: {"status": "ok", "joined": frame, "unmatched": [order ids without a customer]}.
    """
    pass
