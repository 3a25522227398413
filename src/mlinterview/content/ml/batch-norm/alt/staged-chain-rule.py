"""Batch norm with the backward pass taken stage by stage through the computation graph
(x_hat, then the variance, then the mean) instead of the collapsed one-line formula."""

import numpy as np


def batchnorm_forward_backward(x, gamma, beta, running_mean, running_var, momentum, eps, dout):
    x = np.array(x, dtype=float)
    dout = np.array(dout, dtype=float)
    gamma = np.array(gamma, dtype=float)
    n = x.shape[0]
    mu = np.sum(x, axis=0) / n
    diff = x - mu
    var = np.sum(diff * diff, axis=0) / n
    std = np.sqrt(var + eps)
    x_hat = diff / std
    out = x_hat * gamma + beta

    unbiased = var * (n / (n - 1))
    new_mean = momentum * mu + (1 - momentum) * np.asarray(running_mean, dtype=float)
    new_var = momentum * unbiased + (1 - momentum) * np.asarray(running_var, dtype=float)

    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx_hat = dout * gamma
    # x_hat = diff * (var + eps)^(-1/2)
    dvar = np.sum(dx_hat * diff, axis=0) * -0.5 * (var + eps) ** -1.5
    # var = mean(diff^2) and diff = x - mu both depend on mu; sum(diff) = 0 drops one term
    dmu = -np.sum(dx_hat, axis=0) / std + dvar * (-2.0 / n) * np.sum(diff, axis=0)
    dx = dx_hat / std + dvar * 2.0 * diff / n + dmu / n
    return out, dx, dgamma, dbeta, new_mean, new_var
