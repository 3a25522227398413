# Wrong: normalises the explained variance by the variance of the kept components only, so the
# ratios always sum to 1 even when most of the variance is thrown away.
import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    var = S[:n_components] ** 2
    return Vt[:n_components], var / var.sum()
