import numpy as np


def sgd_linear_regression(X, y, w0, b0, lr, batch_size, order):
    """Mini-batch SGD on the mean squared error of a linear model x . w + b.

    order: (epochs, n) integer array; each row is the visiting order of one epoch, cut into
    consecutive batches of batch_size (the last one may be smaller). Returns (w, b).
    """
    pass
