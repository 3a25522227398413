import pandas as pd


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    """Revenue per (category, Monday-starting week) over the whole reporting period, 0.0 when
    a category sold nothing that week. Columns: category, week (the Monday), revenue."""
    pass
