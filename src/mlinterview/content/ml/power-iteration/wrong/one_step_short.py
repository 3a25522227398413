# Wrong: off by one, runs num_iters - 1 multiplications.
import numpy as np


def power_iteration(A, v0, num_iters):
    A = np.asarray(A, dtype=float)
    v = np.asarray(v0, dtype=float)
    v = v / np.sqrt(v @ v)
    for _ in range(max(num_iters - 1, 0)):
        w = A @ v
        v = w / np.sqrt(w @ w)
    return float(v @ A @ v), v
