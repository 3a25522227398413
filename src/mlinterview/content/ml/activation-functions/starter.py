import numpy as np


def activation(x, name):
    """Apply an activation element-wise and return its derivative too.

    x: float array of any shape; name: "sigmoid", "tanh", "relu", "leaky_relu", "gelu_tanh" or
    "softplus". Returns (y, dy_dx), two float arrays shaped like x.
    """
    pass
