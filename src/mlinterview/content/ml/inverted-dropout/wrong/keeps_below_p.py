# Wrong: keeps the units whose draw is *below* p, so units survive with probability p instead
# of 1 - p (mixing up drop probability and keep probability).
import numpy as np


def dropout(x, dout, p, u, training):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    if not training:
        return x.copy(), dout.copy()
    if p >= 1:
        return np.zeros_like(x), np.zeros_like(dout)
    mask = (np.asarray(u) < p) / (1 - p)
    return x * mask, dout * mask
