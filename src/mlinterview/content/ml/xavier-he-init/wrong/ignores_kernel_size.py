# Wrong: takes the fans from the first two dimensions only, ignoring the receptive field of a
# convolution kernel (a 3x3 kernel has 9 times more inputs per output than in_channels).
import numpy as np


def init_weights(shape, scheme, draws):
    fan_in, fan_out = shape[1], shape[0]
    u = np.asarray(draws, dtype=float)
    if scheme == "xavier_uniform":
        return np.sqrt(6 / (fan_in + fan_out)) * (2 * u - 1)
    if scheme == "xavier_normal":
        return np.sqrt(2 / (fan_in + fan_out)) * u
    if scheme == "he_uniform":
        return np.sqrt(6 / fan_in) * (2 * u - 1)
    return np.sqrt(2 / fan_in) * u
