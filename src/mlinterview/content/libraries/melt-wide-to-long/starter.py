import pandas as pd


def to_long(wide: pd.DataFrame) -> pd.DataFrame:
    """One row per present measurement: patient_id, arm, week (int from 'wk<N>'), value.

    Drop missed visits only; sort by patient_id, then week as a number.
    """
    pass
