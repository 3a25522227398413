# Wrong: divides by sqrt(var) + eps instead of sqrt(var + eps). Indistinguishable for large
# variances, very different when the variance is comparable to or below eps.
import numpy as np


def layernorm_forward_backward(x, gamma, beta, eps, dout):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    d = x.shape[-1]
    xc = x - x.mean(axis=-1, keepdims=True)
    std = np.sqrt((xc ** 2).mean(axis=-1, keepdims=True))
    denom = std + eps
    x_hat = xc / denom
    axes = tuple(range(x.ndim - 1))
    g = dout * gamma
    # d x_hat / d x for x_hat = xc / (std + eps), derived consistently for this (wrong) forward.
    with np.errstate(divide="ignore", invalid="ignore"):
        coef = np.where(std > 0, 1.0 / (d * std * denom), 0.0)
    dx = (g - g.mean(axis=-1, keepdims=True)) / denom - xc * coef * (g * x_hat).sum(axis=-1, keepdims=True)
    return gamma * x_hat + beta, dx, (dout * x_hat).sum(axis=axes), dout.sum(axis=axes)
