# Wrong: textbook formulas that exponentiate x directly. sigmoid = e^x / (1 + e^x) and
# softplus = log(1 + e^x) overflow for large x (inf / inf = nan, log(inf) = inf).
import numpy as np


def activation(x, name):
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        sig = np.exp(x) / (1.0 + np.exp(x))
        if name == "sigmoid":
            return sig, sig * (1 - sig)
        if name == "softplus":
            return np.log(1.0 + np.exp(x)), sig
    if name == "tanh":
        t = np.tanh(x)
        return t, 1 - t * t
    if name == "relu":
        return np.maximum(x, 0.0), (x > 0).astype(float)
    if name == "leaky_relu":
        return np.where(x > 0, x, 0.01 * x), np.where(x > 0, 1.0, 0.01)
    c = np.sqrt(2 / np.pi)
    t = np.tanh(c * (x + 0.044715 * x ** 3))
    return 0.5 * x * (1 + t), 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x ** 2)
