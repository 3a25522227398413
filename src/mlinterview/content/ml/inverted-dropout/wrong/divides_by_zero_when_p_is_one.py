# Wrong: divides by (1 - p) unconditionally. With p = 1 that is 0 / 0 = nan for every unit.
import numpy as np


def dropout(x, dout, p, u, training):
    x, dout = np.asarray(x, float), np.asarray(dout, float)
    if not training:
        return x.copy(), dout.copy()
    keep = np.asarray(u) >= p
    with np.errstate(divide="ignore", invalid="ignore"):
        return x * keep / (1 - p), dout * keep / (1 - p)
