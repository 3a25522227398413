# Wrong: returns the argmax saved during the last sweep, which is greedy for the values before
# that sweep, not for the returned V (and is undefined when num_sweeps is 0).
import numpy as np


def value_iteration(P, R, gamma, num_sweeps):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    V = np.zeros(P.shape[0])
    policy = np.zeros(P.shape[0], dtype=int)
    for _ in range(num_sweeps):
        Q = R + gamma * P @ V
        policy = np.argmax(Q, axis=1)
        V = Q.max(axis=1)
    return V, policy
