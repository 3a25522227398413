# Wrong: normalises with the unbiased variance (divide by n - 1). Training mode uses the biased
# batch variance; the unbiased one belongs only in the running estimate.
import numpy as np


def batchnorm_forward_backward(x, gamma, beta, running_mean, running_var, momentum, eps, dout):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = x.var(axis=0, ddof=1)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    out = gamma * x_hat + beta
    g = dout * gamma
    dx = inv_std / n * (n * g - g.sum(0) - x_hat * (g * x_hat).sum(0) * (n - 1) / n)
    return (out, dx, (dout * x_hat).sum(0), dout.sum(0),
            (1 - momentum) * running_mean + momentum * mean, (1 - momentum) * running_var + momentum * var)
