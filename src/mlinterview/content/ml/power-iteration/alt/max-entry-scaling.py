# Plain and correct, by another normalisation: between products the vector is divided by its
# largest entry in absolute value (enough to stop overflow); only the final vector is scaled
# to unit length, and the eigenvalue is the Rayleigh quotient v.Av / v.v.
import numpy as np


def power_iteration(A, v0, num_iters):
    A = np.asarray(A, dtype=float)
    v = np.asarray(v0, dtype=float)
    v = v / np.abs(v).max()
    for _ in range(num_iters):
        w = A @ v
        v = w / np.abs(w).max()
    v = v / np.sqrt(np.sum(v * v))
    return float(v @ (A @ v)), v
