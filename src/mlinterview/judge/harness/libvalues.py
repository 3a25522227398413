"""Values of the libraries track, on the child's side: tensors and DataFrames in and out.

In: a case's plain data becomes a ``torch.tensor``, a ``pandas.DataFrame`` or a ``Series``.
Out: whatever the learner returns becomes plain data the judge can decode and check without
importing those libraries: a tensor becomes a NumPy array, a DataFrame becomes
``{"columns", "dtypes", "index", "rows"}`` and a Series ``{"name", "dtype", "index", "values"}``,
with NaN/None/NaT as null, timestamps as ISO text and NumPy scalars as numbers. The libraries
are looked up in ``sys.modules``: the libraries worker imported them before forking.
"""

from __future__ import annotations

import math
import sys
from typing import Any

from structures import ConversionError

MAX_DEPTH = 64


def _module(name: str) -> Any:
    module = sys.modules.get(name)
    if module is None:
        module = __import__(name)
    return module


# -- in ------------------------------------------------------------------------------------------
def tensor_in(value: Any) -> Any:
    return _module("torch").tensor(value)


def frame_in(value: Any) -> Any:
    pandas = _module("pandas")
    if not isinstance(value, dict) or not isinstance(value.get("columns"), list):
        raise ValueError("a dataframe argument must be {'columns': [...], 'rows': [[...]]}")
    frame = pandas.DataFrame(value.get("rows") or [], columns=value["columns"])
    dtypes = value.get("dtypes") or {}
    if dtypes:
        frame = frame.astype(dtypes)
    return frame


def series_in(value: Any) -> Any:
    pandas = _module("pandas")
    if not isinstance(value, dict) or not isinstance(value.get("values"), list):
        raise ValueError("a series argument must be {'values': [...], 'name': ..., 'index': [...]}")
    series = pandas.Series(value["values"], name=value.get("name"), index=value.get("index"))
    if value.get("dtype"):
        series = series.astype(value["dtype"])
    return series


# -- out -----------------------------------------------------------------------------------------
def tensor_out(value: Any) -> Any:
    torch = sys.modules.get("torch")
    if torch is None or not isinstance(value, torch.Tensor):
        raise ConversionError(f"the answer must be a torch.Tensor, got {type(value).__name__}")
    array = value.detach().cpu().numpy()
    if array.dtype.kind not in "biuf":
        raise ConversionError(f"the answer must be a numeric tensor, got dtype {value.dtype}")
    return array


def frame_out(value: Any) -> dict[str, Any]:
    pandas = sys.modules.get("pandas")
    if pandas is None or not isinstance(value, pandas.DataFrame):
        raise ConversionError(f"the answer must be a pandas.DataFrame, got {type(value).__name__}")
    return {
        "columns": [_cell(c) for c in value.columns],
        "dtypes": [str(t) for t in value.dtypes],
        "index": [_cell(i) for i in value.index],
        "rows": [[_cell(v) for v in row] for row in value.itertuples(index=False, name=None)],
    }


def series_out(value: Any) -> dict[str, Any]:
    pandas = sys.modules.get("pandas")
    if pandas is None or not isinstance(value, pandas.Series):
        raise ConversionError(f"the answer must be a pandas.Series, got {type(value).__name__}")
    return {
        "name": _cell(value.name),
        "dtype": str(value.dtype),
        "index": [_cell(i) for i in value.index],
        "values": [_cell(v) for v in value.tolist()],
    }


def plain(value: Any, depth: int = 0) -> Any:
    """Any mix of JSON values, NumPy values, tensors, DataFrames and Series, made plain."""
    if depth > MAX_DEPTH:
        raise ConversionError(f"the answer is nested more than {MAX_DEPTH} levels deep")
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, str) else k: plain(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v, depth + 1) for v in value]
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(value, torch.Tensor):
        return tensor_out(value)
    pandas = sys.modules.get("pandas")
    if pandas is not None:
        if isinstance(value, pandas.DataFrame):
            return frame_out(value)
        if isinstance(value, pandas.Series):
            return series_out(value)
    numpy = sys.modules.get("numpy")
    if numpy is not None:
        if isinstance(value, numpy.ndarray):
            return value if value.dtype.kind in "biuf" else plain(value.tolist(), depth + 1)
        if isinstance(value, numpy.generic):
            return _cell(value)
    raise ConversionError(f"a value of type {type(value).__name__} cannot be returned")


def _cell(value: Any) -> Any:
    """One value of a table, as JSON: missing values as null, times as ISO text."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    pandas = sys.modules.get("pandas")
    if pandas is not None:
        if value is pandas.NaT or value is getattr(pandas, "NA", None):
            return None
        if isinstance(value, pandas.Timestamp | pandas.Timedelta | pandas.Period | pandas.Interval):
            return value.isoformat() if hasattr(value, "isoformat") else str(value)
    numpy = sys.modules.get("numpy")
    if numpy is not None and isinstance(value, numpy.generic):
        if isinstance(value, numpy.datetime64 | numpy.timedelta64):
            return None if numpy.isnat(value) else str(value)
        return _cell(value.item())
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_cell(v) for v in value]
    return str(value)
