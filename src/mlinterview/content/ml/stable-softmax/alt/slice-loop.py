# Plain and correct: move the softmax axis to the end, then handle one slice at a time with
# the shift by its maximum written out, and move the axis back.
import math

import numpy as np


def softmax(x, axis):
    x = np.asarray(x, dtype=float)
    moved = np.moveaxis(x, axis, -1)
    rows = moved.reshape(-1, moved.shape[-1])
    probs = np.empty_like(rows)
    lse = np.empty(len(rows))
    for i, row in enumerate(rows):
        top = row.max()
        e = np.exp(row - top)
        total = e.sum()
        probs[i] = e / total
        lse[i] = top + math.log(total)
    probs = np.moveaxis(probs.reshape(moved.shape), -1, axis)
    return probs, lse.reshape(moved.shape[:-1])
