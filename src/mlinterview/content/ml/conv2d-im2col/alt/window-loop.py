"""Convolution by sliding the window: one loop over the output positions, each computing every
image and every filter at once with a tensor contraction over (channel, row, column)."""

import numpy as np


def conv2d(x, w, b, stride, padding):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    padded = np.zeros((n, c, h + 2 * padding, wd + 2 * padding))
    padded[:, :, padding : padding + h, padding : padding + wd] = x
    oh = (h + 2 * padding - kh) // stride + 1
    ow = (wd + 2 * padding - kw) // stride + 1
    out = np.empty((n, f, oh, ow))
    for r in range(oh):
        top = r * stride
        for s in range(ow):
            left = s * stride
            window = padded[:, :, top : top + kh, left : left + kw]
            out[:, :, r, s] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3]))
    return out + np.asarray(b, dtype=float)[None, :, None, None]
