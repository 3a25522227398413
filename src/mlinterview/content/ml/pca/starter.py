import numpy as np


def pca(X, n_components):
    """Principal components of X.

    X: (n, d) data; n_components: k.
    Returns (components, explained_variance_ratio): components (k, d) with unit-norm rows sorted
    by decreasing variance; explained_variance_ratio (k,).
    """
    pass
