import numpy as np


def softmax(x, axis):
    """Softmax of x along axis, and the log-sum-exp along the same axis.

    x: float array (2 or 3 dimensions); axis: int, may be negative.
    Returns (probs, lse): probs has x's shape, lse has x's shape without axis.
    """
    pass
