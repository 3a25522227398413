# Wrong: reports |A v| as the eigenvalue. That loses the sign of a negative dominant
# eigenvalue, and before convergence it is not the Rayleigh quotient the contract asks for.
import numpy as np


def power_iteration(A, v0, num_iters):
    A = np.asarray(A, dtype=float)
    v = np.asarray(v0, dtype=float)
    v = v / np.sqrt(v @ v)
    for _ in range(num_iters):
        w = A @ v
        v = w / np.sqrt(w @ w)
    w = A @ v
    return float(np.sqrt(w @ w)), v
