import numpy as np


def _fans(shape):
    # Weight layout (out, in, *kernel): one output unit sees in * kernel-area inputs, and one
    # input unit feeds out * kernel-area outputs.
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * receptive, shape[0] * receptive


def init_weights(shape, scheme, draws):
    fan_in, fan_out = _fans(list(shape))
    draws = np.asarray(draws, dtype=float).reshape(shape)
    if scheme == "xavier_uniform":
        # Var(U[-a, a]) = a^2 / 3; Xavier wants Var = 2 / (fan_in + fan_out).
        bound = np.sqrt(6.0 / (fan_in + fan_out))
        return bound * (2.0 * draws - 1.0)          # [0, 1) -> [-bound, bound)
    if scheme == "xavier_normal":
        return np.sqrt(2.0 / (fan_in + fan_out)) * draws
    if scheme == "he_uniform":
        # He (ReLU gain sqrt(2)): Var = 2 / fan_in, so the bound is sqrt(3 * 2 / fan_in).
        bound = np.sqrt(6.0 / fan_in)
        return bound * (2.0 * draws - 1.0)
    if scheme == "he_normal":
        return np.sqrt(2.0 / fan_in) * draws
    raise ValueError(f"unknown scheme {scheme!r}")
