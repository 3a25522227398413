# Wrong: the im2col columns are laid out in (kernel row, kernel column, channel) order while the
# filters are flattened in (channel, kernel row, kernel column) order, so with more than one
# input channel the weights are multiplied with the wrong pixels.
import numpy as np


def conv2d(x, w, b, stride, padding):
    x, w = np.asarray(x, float), np.asarray(w, float)
    N = x.shape[0]
    F, C, kh, kw = w.shape
    x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    H, W = x.shape[2:]
    OH, OW = (H - kh) // stride + 1, (W - kw) // stride + 1
    cols = np.empty((N, C, kh, kw, OH, OW))
    for i in range(kh):
        for j in range(kw):
            cols[:, :, i, j] = x[:, :, i:i + stride * OH:stride, j:j + stride * OW:stride]
    cols = cols.transpose(0, 4, 5, 2, 3, 1).reshape(N * OH * OW, -1)
    return (cols @ w.reshape(F, -1).T + b).reshape(N, OH, OW, F).transpose(0, 3, 1, 2)
