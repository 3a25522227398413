# Wrong: sorts by the column name before turning it into a number, so "wk12" comes before
# "wk4" and the weeks are out of order.
import pandas as pd


def to_long(wide: pd.DataFrame) -> pd.DataFrame:
    visits = [c for c in wide.columns if c not in ("patient_id", "arm")]
    long = wide.melt(id_vars=["patient_id", "arm"], value_vars=visits, var_name="week", value_name="value")
    long = long.dropna(subset=["value"]).sort_values(["patient_id", "week"]).reset_index(drop=True)
    long["week"] = long["week"].str[2:].astype("int64")
    return long
