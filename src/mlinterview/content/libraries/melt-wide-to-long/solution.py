import pandas as pd


def to_long(wide: pd.DataFrame) -> pd.DataFrame:
    ids = ["patient_id", "arm"]
    visits = [c for c in wide.columns if c not in ids]
    # melt keeps the id columns on every output row and stacks the visit columns into two:
    # the column name (var_name) and the cell (value_name).
    long = wide.melt(id_vars=ids, value_vars=visits, var_name="week", value_name="value")
    # Drop missed visits only: a bare dropna() would also drop rows whose arm is missing.
    long = long.dropna(subset=["value"])
    # "wk12" -> 12. Parse before sorting: as strings, "wk12" sorts before "wk4".
    long["week"] = long["week"].str.removeprefix("wk").astype("int64")
    long = long.sort_values(["patient_id", "week"], kind="stable").reset_index(drop=True)
    return long[["patient_id", "arm", "week", "value"]]
