"""Power iteration: the eigenvalue within tolerance, the eigenvector within tolerance up to its
sign (v and -v are the same eigenvector)."""
import numpy as np

RTOL = 1e-6
ATOL = 1e-9


def _scalar(value):
    array = np.asarray(value, dtype=float)
    if array.size != 1:
        raise ValueError("the eigenvalue must be a single number")
    return float(array.reshape(-1)[0])


def check(args, expected, got):
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return "return a pair (eigenvalue, eigenvector)"
    try:
        lam = _scalar(got[0])
        vec = np.asarray(got[1], dtype=float)
    except (TypeError, ValueError) as exc:
        return f"could not read the answer: {exc}"
    want_lam = _scalar(expected[0])
    want_vec = np.asarray(expected[1], dtype=float)
    if vec.shape != want_vec.shape:
        return f"eigenvector: expected shape {want_vec.shape}, got shape {vec.shape}"
    if not np.isclose(lam, want_lam, rtol=RTOL, atol=ATOL):
        return f"eigenvalue: expected {want_lam!r}, got {lam!r} (tolerance {ATOL} + {RTOL}·|expected|)"
    if np.abs(vec + want_vec).sum() < np.abs(vec - want_vec).sum():
        vec = -vec
    close = np.isclose(vec, want_vec, rtol=RTOL, atol=ATOL)
    if not close.all():
        i = int(np.argmin(close))
        return (f"eigenvector[{i}]: expected {want_vec[i]!r}, got {vec[i]!r} "
                f"({int((~close).sum())} of {vec.size} entries off; the sign of the vector is ignored)")
    return True
