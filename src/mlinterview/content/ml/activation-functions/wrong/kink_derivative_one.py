# Wrong: uses the right derivative at the kink (x >= 0), so relu'(0) = 1 and
# leaky_relu'(0) = 1, where the contract (like PyTorch) uses 0 and 0.01.
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
        return np.maximum(x, 0.0), (x >= 0).astype(float)
    if name == "leaky_relu":
        return np.where(x >= 0, x, 0.01 * x), np.where(x >= 0, 1.0, 0.01)
    if name == "gelu_tanh":
        c = np.sqrt(2 / np.pi)
        t = np.tanh(c * (x + 0.044715 * x ** 3))
        return 0.5 * x * (1 + t), 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x ** 2)
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x))), _sigmoid(x)
