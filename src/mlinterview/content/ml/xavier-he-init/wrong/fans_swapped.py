# Wrong: reads the shape as (in, out) instead of (out, in), so fan_in and fan_out are swapped.
# Xavier is symmetric in the two fans and survives; He uses fan_in and does not.
import numpy as np


def init_weights(shape, scheme, draws):
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    fan_in, fan_out = shape[0] * receptive, shape[1] * receptive
    u = np.asarray(draws, dtype=float)
    if scheme == "xavier_uniform":
        return np.sqrt(6 / (fan_in + fan_out)) * (2 * u - 1)
    if scheme == "xavier_normal":
        return np.sqrt(2 / (fan_in + fan_out)) * u
    if scheme == "he_uniform":
        return np.sqrt(6 / fan_in) * (2 * u - 1)
    return np.sqrt(2 / fan_in) * u
