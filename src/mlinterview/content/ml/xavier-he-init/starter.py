import numpy as np


def init_weights(shape, scheme, draws):
    """Initialise a weight tensor of the given shape from pre-drawn random numbers.

    shape: [out, in, *kernel]; scheme: "xavier_uniform", "xavier_normal", "he_uniform" or
    "he_normal"; draws: array of that shape, uniform in [0, 1) for the uniform schemes and
    standard normal for the normal ones. Returns the float weight array.
    """
    pass
