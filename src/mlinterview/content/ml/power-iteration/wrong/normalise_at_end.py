# Wrong: multiplies by A without renormalising and only normalises at the end. The entries grow
# like |lambda|^k and overflow to inf (then nan) on long runs with a large eigenvalue.
import numpy as np


def power_iteration(A, v0, num_iters):
    A = np.asarray(A, dtype=float)
    v = np.asarray(v0, dtype=float)
    for _ in range(num_iters):
        v = A @ v
    v = v / np.sqrt(v @ v)
    return float(v @ A @ v), v
