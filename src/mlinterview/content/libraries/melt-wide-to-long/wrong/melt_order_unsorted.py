# Wrong: returns melt's own order (visit column by visit column) instead of sorting by
# patient and week.
import pandas as pd


def to_long(wide: pd.DataFrame) -> pd.DataFrame:
    visits = [c for c in wide.columns if c not in ("patient_id", "arm")]
    long = wide.melt(id_vars=["patient_id", "arm"], value_vars=visits, var_name="week", value_name="value")
    long = long.dropna(subset=["value"]).reset_index(drop=True)
    long["week"] = long["week"].str[2:].astype("int64")
    return long
