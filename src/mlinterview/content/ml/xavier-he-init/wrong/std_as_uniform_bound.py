# Wrong: uses the target standard deviation as the half-width of the uniform distribution.
# U[-s, s] has standard deviation s / sqrt(3), so the weights come out sqrt(3) times too small.
import numpy as np


def init_weights(shape, scheme, draws):
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    fan_in, fan_out = shape[1] * receptive, shape[0] * receptive
    u = np.asarray(draws, dtype=float)
    if scheme == "xavier_uniform":
        return np.sqrt(2 / (fan_in + fan_out)) * (2 * u - 1)
    if scheme == "xavier_normal":
        return np.sqrt(2 / (fan_in + fan_out)) * u
    if scheme == "he_uniform":
        return np.sqrt(2 / fan_in) * (2 * u - 1)
    return np.sqrt(2 / fan_in) * u
