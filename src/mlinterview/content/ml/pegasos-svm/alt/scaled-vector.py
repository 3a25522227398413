# Plain and correct, the bookkeeping of the Pegasos paper: keep w = scale * v, so the shrink by
# (1 - 1/t) touches one number and a violated margin adds to v only. The first step's shrink
# is by 0, which restarts from v = 0, scale = 1.
import numpy as np


def pegasos_svm(X, y, lam, order):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    v = np.zeros(X.shape[1])
    scale = 1.0
    for t, i in enumerate(np.asarray(order).tolist(), start=1):
        x = X[i]
        below = y[i] * scale * (x @ v) < 1.0
        shrink = 1.0 - 1.0 / t
        if shrink == 0.0:
            v[:] = 0.0
            scale = 1.0
        else:
            scale *= shrink
        if below:
            v += (y[i] / (lam * t) / scale) * x
    return scale * v
