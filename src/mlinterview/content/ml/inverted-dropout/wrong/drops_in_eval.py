# Wrong: ignores the training flag and applies the random mask at evaluation time too.
import numpy as np


def dropout(x, dout, p, u, training):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    if p >= 1:
        return np.zeros_like(x), np.zeros_like(dout)
    mask = (np.asarray(u) >= p) / (1 - p)
    return x * mask, dout * mask
