"""Layer norm on a 2-D view (one row per position), with the backward pass taken through the
graph stage by stage: x_hat, then the row variance, then the row mean."""

import numpy as np


def layernorm_forward_backward(x, gamma, beta, eps, dout):
    x = np.asarray(x, dtype=float)
    shape = x.shape
    d = shape[-1]
    rows = x.reshape(-1, d)
    g_out = np.asarray(dout, dtype=float).reshape(-1, d)
    mu = rows.sum(axis=1, keepdims=True) / d
    diff = rows - mu
    var = (diff * diff).sum(axis=1, keepdims=True) / d
    std = np.sqrt(var + eps)
    x_hat = diff / std
    out = x_hat * gamma + beta

    dgamma = (g_out * x_hat).sum(axis=0)
    dbeta = g_out.sum(axis=0)
    dx_hat = g_out * gamma
    dvar = -0.5 * (dx_hat * diff).sum(axis=1, keepdims=True) / (var + eps) ** 1.5
    dmu = -dx_hat.sum(axis=1, keepdims=True) / std  # the dvar path through mu sums to zero
    dx = dx_hat / std + dvar * 2.0 * diff / d + dmu / d
    return out.reshape(shape), dx.reshape(shape), dgamma, dbeta
