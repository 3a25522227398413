import numpy as np


def momentum_descent(A, b, w0, lr, momentum, nesterov, num_steps):
    """Momentum (or Nesterov) gradient descent on f(w) = 0.5 w^T A w - b^T w.

    v = momentum * v + g;  step = g + momentum * v if nesterov else v;  w -= lr * step.
    Returns the trajectory, shape (num_steps + 1, d), starting with w0.
    """
    pass
