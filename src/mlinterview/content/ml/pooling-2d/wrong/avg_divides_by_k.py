# Wrong: average pooling divides the window sum by k instead of by the number of elements k * k.
import numpy as np


def pool2d(x, kernel_size, stride, mode):
    x = np.asarray(x, float)
    N, C, H, W = x.shape
    k, s = kernel_size, stride
    OH, OW = (H - k) // s + 1, (W - k) // s + 1
    wins = [x[:, :, i:i + s * OH:s, j:j + s * OW:s] for i in range(k) for j in range(k)]
    return np.maximum.reduce(wins) if mode == "max" else np.add.reduce(wins) / k
