import numpy as np

LEAKY_SLOPE = 0.01
GELU_C = np.sqrt(2.0 / np.pi)


def _sigmoid(x):
    # Never evaluate exp of a large positive number: for x >= 0 use 1 / (1 + e^-x), for x < 0
    # the equivalent e^x / (1 + e^x). Both only ever exponentiate a non-positive number.
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def activation(x, name):
    x = np.asarray(x, dtype=float)
    if name == "sigmoid":
        s = _sigmoid(x)
        return s, s * (1.0 - s)
    if name == "tanh":
        t = np.tanh(x)  # saturates to +-1; (e^x - e^-x) / (e^x + e^-x) would be inf / inf
        return t, 1.0 - t * t
    if name == "relu":
        return np.maximum(x, 0.0), (x > 0).astype(float)  # derivative at 0 taken as 0
    if name == "leaky_relu":
        return np.where(x > 0, x, LEAKY_SLOPE * x), np.where(x > 0, 1.0, LEAKY_SLOPE)
    if name == "gelu_tanh":
        u = GELU_C * (x + 0.044715 * x * x * x)  # x * x * x: much faster than the generic x ** 3
        t = np.tanh(u)
        du = GELU_C * (1.0 + 3 * 0.044715 * x * x)
        # Product rule on 0.5 * x * (1 + t): both factors depend on x.
        return 0.5 * x * (1.0 + t), 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * du
    if name == "softplus":
        # log(1 + e^x) = max(x, 0) + log1p(e^-|x|): no overflow for large x, and log1p keeps
        # the tiny values accurate for very negative x. Its derivative is the sigmoid.
        return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x))), _sigmoid(x)
    raise ValueError(f"unknown activation {name!r}")
