import math

import numpy as np


def backprop(nodes):
    """Evaluate the expression graph described by `nodes` and backpropagate from its last node.

    Each node is one of ["leaf", value], ["add", i, j], ["mul", i, j], ["pow", i, exponent],
    ["tanh", i], ["relu", i], ["exp", i], where i, j index earlier nodes.
    Returns (values, grads): two lists of floats, one entry per node, with grads[k] the
    derivative of the last node with respect to node k.
    """
    pass
