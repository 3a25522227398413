# Wrong: computes the variance in one pass as E[x^2] - E[x]^2. With a large offset (1e6) the two
# terms are ~1e12 and their difference loses most digits (it can even come out negative).
import numpy as np


def layernorm_forward_backward(x, gamma, beta, eps, dout):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    d = x.shape[-1]
    mean = x.mean(axis=-1, keepdims=True)
    var = np.maximum((x * x).mean(axis=-1, keepdims=True) - mean * mean, 0.0)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    axes = tuple(range(x.ndim - 1))
    g = dout * gamma
    dx = inv_std / d * (d * g - g.sum(axis=-1, keepdims=True) - x_hat * (g * x_hat).sum(axis=-1, keepdims=True))
    return gamma * x_hat + beta, dx, (dout * x_hat).sum(axis=axes), dout.sum(axis=axes)
