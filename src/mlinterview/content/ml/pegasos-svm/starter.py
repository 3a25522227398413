import numpy as np


def pegasos_svm(X, y, lam, order):
    """Pegasos stochastic sub-gradient descent for a linear SVM without a bias.

    X: (n, d) floats, y: (n,) labels in {-1, +1}, lam: regularisation strength (> 0),
    order: (T,) integer row indices; step t = 1..T uses the row order[t - 1].
    Returns w, a (d,) array, after T steps starting from w = 0.
    """
    pass
