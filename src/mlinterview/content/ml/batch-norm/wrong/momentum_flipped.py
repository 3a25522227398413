# Wrong: uses the Keras/TensorFlow meaning of momentum (weight of the *old* value):
# new = momentum * old + (1 - momentum) * batch. PyTorch's momentum weights the new batch.
import numpy as np


def batchnorm_forward_backward(x, gamma, beta, running_mean, running_var, momentum, eps, dout):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = ((x - mean) ** 2).mean(axis=0)
    inv_std = 1 / np.sqrt(var + eps)
    x_hat = (x - mean) * inv_std
    g = dout * gamma
    dx = inv_std / n * (n * g - g.sum(0) - x_hat * (g * x_hat).sum(0))
    return (gamma * x_hat + beta, dx, (dout * x_hat).sum(0), dout.sum(0),
            momentum * running_mean + (1 - momentum) * mean,
            momentum * running_var + (1 - momentum) * var * n / (n - 1))
