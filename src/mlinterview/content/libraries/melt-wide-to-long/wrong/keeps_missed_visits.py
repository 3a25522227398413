# Wrong: never drops the missed visits, so they appear as rows with a missing value.
import pandas as pd


def to_long(wide: pd.DataFrame) -> pd.DataFrame:
    visits = [c for c in wide.columns if c not in ("patient_id", "arm")]
    long = wide.melt(id_vars=["patient_id", "arm"], value_vars=visits, var_name="week", value_name="value")
    long["week"] = long["week"].str[2:].astype("int64")
    return long.sort_values(["patient_id", "week"]).reset_index(drop=True)
