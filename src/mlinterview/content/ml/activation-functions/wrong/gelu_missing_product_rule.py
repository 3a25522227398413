# Wrong: differentiates 0.5 * x * (1 + tanh(u)) as if tanh(u) did not depend on x, keeping only
# 0.5 * (1 + tanh(u)) and dropping the second term of the product rule.
import numpy as np


def _sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e))


def activation(x, name):
    x = np.asarray(x, dtype=float)
    if name == "sigmoid":
        s = _sigmoid(x)
        return s, s * (1 - s)
    if name == "tanh":
        t = np.tanh(x)
        return t, 1 - t * t
    if name == "relu":
        return np.maximum(x, 0.0), (x > 0).astype(float)
    if name == "leaky_relu":
        return np.where(x > 0, x, 0.01 * x), np.where(x > 0, 1.0, 0.01)
    if name == "gelu_tanh":
        t = np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x ** 3))
        return 0.5 * x * (1 + t), 0.5 * (1 + t)
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x))), _sigmoid(x)
