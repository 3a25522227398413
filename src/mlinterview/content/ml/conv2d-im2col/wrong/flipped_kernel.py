# Wrong: computes the signal-processing CONVOLUTION, i.e. flips the kernel in both spatial axes
# (w[:, :, ::-1, ::-1]). Deep-learning "conv" layers compute a CROSS-CORRELATION: the kernel is
# applied unflipped. Only symmetric kernels give the same answer.
import numpy as np


def conv2d(x, w, b, stride, padding):
    x, w = np.asarray(x, float), np.asarray(w, float)[:, :, ::-1, ::-1]
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
