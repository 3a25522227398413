"""Numbers within a stated tolerance: ``|got - expected| <= atol + rtol * |expected|``.

Works element-wise through nested lists and NumPy arrays (shapes must match). Non-numbers
are compared exactly. NaN matches NaN; infinities must match in sign.
"""

from __future__ import annotations

import math
from typing import Any

from mlinterview.judge.checkers.base import ACCEPT, Check, container_difference, described, kind_of, short


def check_float(expected: Any, got: Any, rtol: float = 1e-6, atol: float = 1e-9, **_: Any) -> Check:
    where = _difference(expected, got, "answer", rtol, atol)
    return ACCEPT if where is None else Check(False, where)


def _difference(expected: Any, got: Any, path: str, rtol: float, atol: float) -> str | None:
    ek, gk = kind_of(expected), kind_of(got)
    if ek == "ndarray" or gk == "ndarray":
        return _array_difference(expected, got, path, rtol, atol)
    if ek in ("int", "float") and gk in ("int", "float"):
        e, g = float(expected), float(got)
        if math.isnan(e) or math.isnan(g):
            return None if math.isnan(e) and math.isnan(g) else f"{path}: expected {e}, got {g}"
        if math.isinf(e) or math.isinf(g):
            return None if e == g else f"{path}: expected {e}, got {g}"
        if abs(g - e) <= atol + rtol * abs(e):
            return None
        return f"{path}: expected {e!r}, got {g!r} (tolerance {atol} + {rtol}·|expected|)"
    if ek != gk:
        return f"{path}: expected {described(expected)}, got {described(got)}"
    if ek in ("list", "dict"):
        return container_difference(
            expected, got, path, ek, lambda e, g, where: _difference(e, g, where, rtol, atol)
        )
    return None if expected == got else f"{path}: expected {short(expected)}, got {short(got)}"


def _array_difference(expected: Any, got: Any, path: str, rtol: float, atol: float) -> str | None:
    import numpy as np

    try:
        e = np.asarray(expected, dtype=float)
        g = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return f"{path}: expected a numeric array, got {short(got)}"
    if e.shape != g.shape:
        return f"{path}: expected shape {e.shape}, got shape {g.shape}"
    close = np.isclose(g, e, rtol=rtol, atol=atol, equal_nan=True)
    if close.all():
        return None
    bad = np.argwhere(~close)[0]
    index = tuple(int(i) for i in bad)
    with np.errstate(invalid="ignore"):
        gaps = np.abs(g - e)[~close]
    finite = gaps[np.isfinite(gaps)]
    worst = float(finite.max()) if finite.size else float("nan")
    return (
        f"{path}{list(index)}: expected {e[index].item()!r}, got {g[index].item()!r} "
        f"({int((~close).sum())} of {e.size} entries off; largest difference {worst:.3g})"
    )
