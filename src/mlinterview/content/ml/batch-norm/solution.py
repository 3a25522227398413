import numpy as np


def batchnorm_forward_backward(x, gamma, beta, running_mean, running_var, momentum, eps, dout):
    x = np.asarray(x, dtype=float)
    dout = np.asarray(dout, dtype=float)
    n = x.shape[0]
    # Forward (training mode): normalise each feature with the statistics of this batch.
    mean = x.mean(axis=0)
    xc = x - mean
    var = (xc ** 2).mean(axis=0)         # biased (divide by n): what the normalisation uses
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = xc * inv_std
    out = gamma * x_hat + beta

    # Running statistics for evaluation, PyTorch convention: new = (1 - m) * old + m * batch,
    # with the *unbiased* variance (divide by n - 1) in the running estimate.
    new_running_mean = (1.0 - momentum) * running_mean + momentum * mean
    new_running_var = (1.0 - momentum) * running_var + momentum * var * n / (n - 1)

    # Backward. gamma and beta are a per-feature affine map.
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    # x_hat depends on x directly *and* through the batch mean and variance. Collecting the
    # three paths gives the compact form
    #   dx = inv_std / n * (n * g - sum(g) - x_hat * sum(g * x_hat)),  g = dout * gamma.
    g = dout * gamma
    dx = inv_std / n * (n * g - g.sum(axis=0) - x_hat * (g * x_hat).sum(axis=0))
    return out, dx, dgamma, dbeta, new_running_mean, new_running_var
