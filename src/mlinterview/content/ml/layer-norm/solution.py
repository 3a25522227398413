import numpy as np


def layernorm_forward_backward(x, gamma, beta, eps, dout):
    x = np.asarray(x, dtype=float)
    dout = np.asarray(dout, dtype=float)
    d = x.shape[-1]
    # Forward: statistics over the *feature* axis of each row; rows never interact.
    mean = x.mean(axis=-1, keepdims=True)
    xc = x - mean                                   # centre first: two-pass variance is stable
    var = (xc ** 2).mean(axis=-1, keepdims=True)    # biased, as in the definition
    inv_std = 1.0 / np.sqrt(var + eps)              # eps inside the square root
    x_hat = xc * inv_std
    out = gamma * x_hat + beta

    # Backward. gamma and beta are shared by all rows: sum their gradients over every other axis.
    batch_axes = tuple(range(x.ndim - 1))
    dbeta = dout.sum(axis=batch_axes)
    dgamma = (dout * x_hat).sum(axis=batch_axes)
    # Same algebra as batch norm, along the last axis: remove from g its mean and its
    # projection on x_hat, then scale by 1 / std.
    g = dout * gamma
    dx = inv_std / d * (d * g - g.sum(axis=-1, keepdims=True)
                        - x_hat * (g * x_hat).sum(axis=-1, keepdims=True))
    return out, dx, dgamma, dbeta
