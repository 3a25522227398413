# Wrong: backpropagates as if the batch mean and variance were constants, dx = dout * gamma /
# sqrt(var + eps). It misses the two paths through mu and var.
import numpy as np


def batchnorm_forward_backward(x, gamma, beta, running_mean, running_var, momentum, eps, dout):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = ((x - mean) ** 2).mean(axis=0)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    dx = dout * gamma * inv_std
    return (gamma * x_hat + beta, dx, (dout * x_hat).sum(0), dout.sum(0),
            (1 - momentum) * running_mean + momentum * mean,
            (1 - momentum) * running_var + momentum * var * n / (n - 1))
