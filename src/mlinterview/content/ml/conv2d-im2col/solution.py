import numpy as np


def im2col(x, kh, kw, stride):
    """All kh x kw patches of x (N, C, H, W) as rows: shape (N * OH * OW, C * kh * kw)."""
    N, C, H, W = x.shape
    OH = (H - kh) // stride + 1
    OW = (W - kw) // stride + 1
    cols = np.empty((N, C, kh, kw, OH, OW), dtype=x.dtype)
    # Loop over the kh * kw kernel offsets (small), not over the output positions (many): for a
    # fixed offset (i, j), the input pixels it touches across all outputs form one strided slice.
    for i in range(kh):
        for j in range(kw):
            cols[:, :, i, j] = x[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride]
    # Row order (n, oh, ow); column order (c, i, j) matches w.reshape(F, C * kh * kw).
    return cols.transpose(0, 4, 5, 1, 2, 3).reshape(N * OH * OW, C * kh * kw), OH, OW


def conv2d(x, w, b, stride, padding):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    N = x.shape[0]
    F, C, kh, kw = w.shape
    # Zero padding on the two spatial axes only.
    x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols, OH, OW = im2col(x, kh, kw, stride)
    # Cross-correlation, as in deep-learning libraries: the kernel is NOT flipped. One matrix
    # product computes every output pixel of every filter.
    out = cols @ w.reshape(F, -1).T + b              # (N * OH * OW, F)
    return out.reshape(N, OH, OW, F).transpose(0, 3, 1, 2)
