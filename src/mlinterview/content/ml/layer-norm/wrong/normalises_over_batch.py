# Wrong: takes the statistics over the batch axis (axis 0), which is batch norm, instead of over
# the features of each row.
import numpy as np


def layernorm_forward_backward(x, gamma, beta, eps, dout):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    n = x.shape[0]
    mean = x.mean(axis=0, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=0, keepdims=True)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    axes = tuple(range(x.ndim - 1))
    g = dout * gamma
    dx = inv_std / n * (n * g - g.sum(axis=0, keepdims=True) - x_hat * (g * x_hat).sum(axis=0, keepdims=True))
    return gamma * x_hat + beta, dx, (dout * x_hat).sum(axis=axes), dout.sum(axis=axes)
