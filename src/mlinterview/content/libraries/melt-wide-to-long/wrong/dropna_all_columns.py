# Wrong: a bare dropna() drops every row with any missing cell, including measurements of
# patients whose arm is missing.
import pandas as pd


def to_long(wide: pd.DataFrame) -> pd.DataFrame:
    visits = [c for c in wide.columns if c not in ("patient_id", "arm")]
    long = wide.melt(id_vars=["patient_id", "arm"], value_vars=visits, var_name="week", value_name="value")
    long = long.dropna()
    long["week"] = long["week"].str[2:].astype("int64")
    return long.sort_values(["patient_id", "week"]).reset_index(drop=True)
