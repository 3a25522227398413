"""Inverted dropout on flattened copies: find the kept positions with flatnonzero, scale
just those, and reshape back."""

import numpy as np


def dropout(x, dout, p, u, training):
    x = np.asarray(x, dtype=float)
    dout = np.asarray(dout, dtype=float)
    if not training:
        return x.copy(), dout.copy()
    out = np.zeros(x.size)
    grad = np.zeros(x.size)
    if p < 1.0:
        keep = np.flatnonzero(np.asarray(u, dtype=float).ravel() >= p)
        scale = 1.0 / (1.0 - p)
        out[keep] = x.ravel()[keep] * scale
        grad[keep] = dout.ravel()[keep] * scale
    return out.reshape(x.shape), grad.reshape(x.shape)
