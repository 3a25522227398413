import numpy as np


def perceptron(X, y, n_epochs):
    """Rosenblatt's perceptron with a bias, visiting the rows in order for n_epochs passes.

    X: (n, d) floats, y: (n,) labels in {-1, +1}, n_epochs: number of passes over the data.
    Start from w = 0, b = 0; on a mistake (y_i * (w . x_i + b) <= 0) add y_i * x_i to w and
    y_i to b.
    Returns (w, b): w a (d,) array, b a float.
    """
    pass
