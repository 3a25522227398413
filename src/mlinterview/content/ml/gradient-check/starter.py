import numpy as np


def gradient_check(X, y, w, lam, analytic_grad, h):
    """Central-difference gradient of the L2-regularised logistic loss, and the largest
    relative error |a - g| / max(|a|, |g|) of analytic_grad against it.

    Returns (numerical_grad, max_rel_error).
    """
    pass
