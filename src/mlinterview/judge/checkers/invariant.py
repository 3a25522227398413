"""Checkers for answers that are right up to a symmetry.

- ``check_permutation``: cluster labels equal up to renaming the clusters (a bijection).
- ``check_sign``: vectors (eigenvectors, principal components) equal up to the sign of each.
"""

from __future__ import annotations

from typing import Any

from mlinterview.judge.checkers.base import ACCEPT, Check
from mlinterview.judge.checkers.floats import check_float


def _array(value: Any) -> Any:
    import numpy as np

    return np.asarray(value)


def check_permutation(expected: Any, got: Any, **_: Any) -> Check:
    try:
        e = _array(expected).ravel().tolist()
        g = _array(got).ravel().tolist()
    except (TypeError, ValueError):
        return Check(False, "expected an array of labels")
    if len(e) != len(g):
        return Check(False, f"expected {len(e)} labels, got {len(g)}")
    forward: dict[Any, Any] = {}
    backward: dict[Any, Any] = {}
    for i, (a, b) in enumerate(zip(g, e, strict=True)):
        if forward.setdefault(a, b) != b or backward.setdefault(b, a) != a:
            return Check(
                False, f"labels disagree at index {i}: no renaming of your clusters matches the expected ones"
            )
    return ACCEPT


def check_sign(
    expected: Any, got: Any, vectors: str = "columns", rtol: float = 1e-6, atol: float = 1e-8, **_: Any
) -> Check:
    import numpy as np

    try:
        e = np.asarray(expected, dtype=float)
        g = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return Check(False, "expected a numeric array")
    if e.shape != g.shape:
        return Check(False, f"expected shape {e.shape}, got shape {g.shape}")
    if e.ndim == 1:
        e, g = e[:, None], g[:, None]
        vectors = "columns"
    if vectors == "rows":
        e, g = e.T, g.T
    flipped = g.copy()
    for j in range(e.shape[1]):
        if np.abs(g[:, j] + e[:, j]).sum() < np.abs(g[:, j] - e[:, j]).sum():
            flipped[:, j] = -g[:, j]
    result = check_float(e, flipped, rtol=rtol, atol=atol)
    return result if result.ok else Check(False, result.message + " (signs of vectors ignored)")
