# Plain and correct, from the variance: each scheme names a target variance (2 / (fan_in +
# fan_out) for Xavier, 2 / fan_in for He). Normal draws are scaled by its square root; uniform
# draws on [0, 1) become U[-a, a) with a = sqrt(3 * variance), since Var(U[-a, a]) = a^2 / 3.
import math

import numpy as np


def init_weights(shape, scheme, draws):
    dims = [int(s) for s in shape]
    area = math.prod(dims[2:])
    fan_in, fan_out = dims[1] * area, dims[0] * area
    family, kind = scheme.split("_")
    variance = 2.0 / (fan_in + fan_out) if family == "xavier" else 2.0 / fan_in
    u = np.asarray(draws, dtype=float).reshape(dims)
    if kind == "normal":
        return math.sqrt(variance) * u
    a = math.sqrt(3.0 * variance)
    return a * (2.0 * u - 1.0)
