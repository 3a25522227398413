"""Gradient check: the numerical gradient to a tight tolerance, the maximum relative error to a
looser one (for a correct analytic gradient it is rounding noise of order 1e-9)."""
import numpy as np

GRAD_RTOL, GRAD_ATOL = 1e-6, 1e-8
ERR_RTOL, ERR_ATOL = 1e-3, 1e-6


def check(args, expected, got):
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return "return a pair (numerical_grad, max_relative_error)"
    try:
        grad = np.asarray(got[0], dtype=float)
        err = np.asarray(got[1], dtype=float)
    except (TypeError, ValueError) as exc:
        return f"could not read the answer: {exc}"
    want_grad = np.asarray(expected[0], dtype=float)
    want_err = float(np.asarray(expected[1], dtype=float).reshape(-1)[0])
    if grad.shape != want_grad.shape:
        return f"numerical gradient: expected shape {want_grad.shape}, got shape {grad.shape}"
    close = np.isclose(grad, want_grad, rtol=GRAD_RTOL, atol=GRAD_ATOL)
    if not close.all():
        i = int(np.argmin(close))
        return (f"numerical gradient[{i}]: expected {want_grad[i]!r}, got {grad[i]!r} "
                f"(tolerance {GRAD_ATOL} + {GRAD_RTOL}·|expected|)")
    if err.size != 1:
        return "the maximum relative error must be a single number"
    value = float(err.reshape(-1)[0])
    if not np.isclose(value, want_err, rtol=ERR_RTOL, atol=ERR_ATOL):
        return (f"maximum relative error: expected {want_err!r}, got {value!r} "
                f"(tolerance {ERR_ATOL} + {ERR_RTOL}·|expected|)")
    return True
