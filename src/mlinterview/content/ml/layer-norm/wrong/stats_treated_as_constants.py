# Wrong: treats the row mean and variance as constants in the backward pass:
# dx = dout * gamma / sqrt(var + eps).
import numpy as np


def layernorm_forward_backward(x, gamma, beta, eps, dout):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    xc = x - x.mean(axis=-1, keepdims=True)
    inv_std = 1 / np.sqrt((xc ** 2).mean(axis=-1, keepdims=True) + eps)
    x_hat = xc * inv_std
    axes = tuple(range(x.ndim - 1))
    return gamma * x_hat + beta, dout * gamma * inv_std, (dout * x_hat).sum(axis=axes), dout.sum(axis=axes)
