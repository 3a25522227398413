# Wrong: updates V in place state by state (Gauss-Seidel), so later states in a sweep already see
# this sweep's new values; after a fixed number of sweeps the numbers differ.
import numpy as np


def value_iteration(P, R, gamma, num_sweeps):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    V = np.zeros(P.shape[0])
    for _ in range(num_sweeps):
        for s in range(len(V)):
            V[s] = (R[s] + gamma * P[s] @ V).max()
    return V, np.argmax(R + gamma * P @ V, axis=1)
