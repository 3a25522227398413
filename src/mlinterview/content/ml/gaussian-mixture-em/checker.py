"""Gaussian mixture EM: every returned array within tolerance of the reference, and, as a
diagnostic first, the learner's own log-likelihood sequence must not go down (EM never lowers
the likelihood; a drop points at a broken E- or M-step)."""
import numpy as np

RTOL = 1e-5
ATOL = 1e-8
NAMES = ("weights", "means", "covariances", "log_likelihoods")


def check(args, expected, got):
    if not isinstance(got, (list, tuple)) or len(got) != 4:
        return "return a tuple (weights, means, covariances, log_likelihoods)"
    arrays = []
    for name, value, want in zip(NAMES, got, expected):
        try:
            array = np.asarray(value, dtype=float)
        except (TypeError, ValueError) as exc:
            return f"{name}: could not read it as a float array ({exc})"
        want = np.asarray(want, dtype=float)
        if array.shape != want.shape:
            return f"{name}: expected shape {want.shape}, got shape {array.shape}"
        arrays.append((name, array, want))
    ll = arrays[3][1]
    for t in range(1, len(ll)):
        if not ll[t] >= ll[t - 1] - 1e-8 * (1.0 + abs(ll[t - 1])):
            return (f"log_likelihoods: went down from {ll[t - 1]!r} to {ll[t]!r} at iteration {t}; "
                    "EM never lowers the likelihood")
    for name, array, want in arrays:
        close = np.isclose(array, want, rtol=RTOL, atol=ATOL)
        if not close.all():
            index = tuple(int(i) for i in np.argwhere(~close)[0])
            return (f"{name}{list(index)}: expected {want[index]!r}, got {array[index]!r} "
                    f"({int((~close).sum())} of {want.size} entries off; tolerance {ATOL} + {RTOL}·|expected|)")
    return True
