import numpy as np


def softmax(x, axis):
    x = np.asarray(x, dtype=float)
    # Shift by the largest entry of each slice: the biggest exponent becomes exp(0) = 1, so
    # nothing overflows, and the sum is at least 1, so its log never sees 0.
    top = np.max(x, axis=axis, keepdims=True)
    weights = np.exp(x - top)          # -inf entries become exactly 0
    total = weights.sum(axis=axis, keepdims=True)
    probs = weights / total
    # Add the shift back: log(sum exp(x)) = top + log(sum exp(x - top)).
    lse = np.squeeze(top + np.log(total), axis=axis)
    return probs, lse
