import numpy as np


def batchnorm_forward_backward(x, gamma, beta, running_mean, running_var, momentum, eps, dout):
    """Batch norm over the batch axis of x (n, d) in training mode.

    Returns (out, dx, dgamma, dbeta, new_running_mean, new_running_var).
    """
    pass
