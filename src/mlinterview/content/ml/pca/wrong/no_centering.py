# Wrong: skips centring, so the first "component" points at the mean of the data instead of
# along the direction of largest variance.
import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    _, S, Vt = np.linalg.svd(X, full_matrices=False)
    var = S ** 2
    return Vt[:n_components], var[:n_components] / var.sum()
