# Wrong: strips the "wk" prefix but leaves the week as text (dtype str), and sorts it as text.
import pandas as pd


def to_long(wide: pd.DataFrame) -> pd.DataFrame:
    visits = [c for c in wide.columns if c not in ("patient_id", "arm")]
    long = wide.melt(id_vars=["patient_id", "arm"], value_vars=visits, var_name="week", value_name="value")
    long = long.dropna(subset=["value"])
    long["week"] = long["week"].str.replace("wk", "")
    return long.sort_values(["patient_id", "week"]).reset_index(drop=True)
