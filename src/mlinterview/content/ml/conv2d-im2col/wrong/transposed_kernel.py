# Wrong: transposes each kernel (swaps its height and width axes), e.g. by building the patches
# in (column, row) order. Kernels that are not symmetric about their diagonal give wrong
# answers, and rectangular kernels give the wrong output shape.
import numpy as np


def conv2d(x, w, b, stride, padding):
    x, w = np.asarray(x, float), np.asarray(w, float).transpose(0, 1, 3, 2)
    N = x.shape[0]
    F, C, kh, kw = w.shape
    x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    H, W = x.shape[2:]
    OH, OW = (H - kh) // stride + 1, (W - kw) // stride + 1
    cols = np.empty((N, C, kh, kw, OH, OW))
    for i in range(kh):
        for j in range(kw):
            cols[:, :, i, j] = x[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride]
    cols = cols.transpose(0, 4, 5, 1, 2, 3).reshape(N * OH * OW, -1)
    return (cols @ w.reshape(F, -1).T + b).reshape(N, OH, OW, F).transpose(0, 3, 1, 2)
