# Wrong: stable, but always normalises over the last axis and ignores the axis argument.
import numpy as np


def softmax(x, axis):
    x = np.asarray(x, dtype=float)
    top = x.max(axis=-1, keepdims=True)
    e = np.exp(x - top)
    total = e.sum(axis=-1, keepdims=True)
    return e / total, np.squeeze(top + np.log(total), axis=-1)
