# Wrong: applies the regulariser's shrink only when the margin is violated; the L2 term
# contributes to the sub-gradient at every step.
import numpy as np


def pegasos_svm(X, y, lam, order):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    for t, i in enumerate(order, start=1):
        eta = 1.0 / (lam * t)  # step size of the strongly convex schedule
        margin = y[i] * (X[i] @ w)  # measured with w before this step
        # Sub-gradient step on lam/2 ||w||^2 + hinge(example i): the regulariser always
        # shrinks w by (1 - eta * lam) = (1 - 1/t); a margin below 1 also pulls w towards y_i x_i.
        if margin < 1.0:
            w = (1.0 - eta * lam) * w + eta * y[i] * X[i]
    return w
