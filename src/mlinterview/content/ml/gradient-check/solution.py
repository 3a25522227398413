import numpy as np


def _losses(X, y, W, lam):
    """The loss at each row of W (k candidate weight vectors) at once."""
    margins = (X @ W.T) * y[:, None]                     # (n, k)
    # log(1 + exp(-z)) without overflow: logaddexp(0, -z) = log(exp(0) + exp(-z)).
    data = np.logaddexp(0.0, -margins).mean(axis=0)
    return data + 0.5 * lam * np.sum(W ** 2, axis=1)


def gradient_check(X, y, w, lam, analytic_grad, h):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(w, dtype=float)
    analytic = np.asarray(analytic_grad, dtype=float)
    # Row j of w + h*I is w with coordinate j nudged up; every perturbation starts from the
    # same w, and w itself is never modified.
    shifts = h * np.eye(len(w))
    # Central differences: the O(h) error terms cancel, leaving O(h^2), versus O(h) for a
    # one-sided difference.
    numerical = (_losses(X, y, w + shifts, lam) - _losses(X, y, w - shifts, lam)) / (2 * h)
    # Relative error, so that large and small gradient entries are judged alike; a coordinate
    # where both are exactly 0 agrees perfectly.
    scale = np.maximum(np.abs(analytic), np.abs(numerical))
    rel = np.divide(np.abs(analytic - numerical), scale, out=np.zeros_like(scale), where=scale > 0)
    return numerical, float(rel.max())
