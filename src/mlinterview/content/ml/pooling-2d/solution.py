import numpy as np


def pool2d(x, kernel_size, stride, mode):
    x = np.asarray(x, dtype=float)
    N, C, H, W = x.shape
    k, s = kernel_size, stride
    OH = (H - k) // s + 1
    OW = (W - k) // s + 1
    if mode not in ("max", "avg"):
        raise ValueError(f"unknown mode {mode!r}")
    # Loop over the k * k offsets inside a window; each offset contributes one strided slice
    # holding that position of *every* window at once. The slices are folded into one running
    # result rather than stacked: k * k copies of the output would not fit in memory at k = 7.
    out = None
    for i in range(k):
        for j in range(k):
            part = x[:, :, i:i + s * OH:s, j:j + s * OW:s]
            if out is None:
                # Start from the first slice, not from 0: all-negative windows must give a
                # negative max.
                out = part.copy()
            elif mode == "max":
                np.maximum(out, part, out=out)
            else:
                out += part
    return out if mode == "max" else out / (k * k)
