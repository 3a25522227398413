# A correct alternative without melt: walk the visit columns and concatenate one block each.
import pandas as pd


def to_long(wide: pd.DataFrame) -> pd.DataFrame:
    blocks = []
    for col in wide.columns:
        if col in ("patient_id", "arm"):
            continue
        block = wide[["patient_id", "arm"]].copy()
        block["week"] = int(col[2:])
        block["value"] = wide[col].astype("float64")
        blocks.append(block[block["value"].notna()])
    long = pd.concat(blocks, ignore_index=True)
    long["week"] = long["week"].astype("int64")
    return long.sort_values(["patient_id", "week"]).reset_index(drop=True)
