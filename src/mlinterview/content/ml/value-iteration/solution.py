import numpy as np


def _q_values(P, R, gamma, V):
    # Q[s, a] = R[s, a] + gamma * sum_s' P[s, a, s'] V[s']: one Bellman backup for every pair,
    # as a single (S*A, S) matrix-vector product.
    S, A, _ = P.shape
    return R + gamma * (P.reshape(S * A, S) @ V).reshape(S, A)


def value_iteration(P, R, gamma, num_sweeps):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    V = np.zeros(P.shape[0])
    for _ in range(num_sweeps):
        # Synchronous sweep: every state is updated from the previous V (a copy, not in place).
        V = _q_values(P, R, gamma, V).max(axis=1)
    # Greedy policy with respect to the returned V; argmax takes the lowest action on ties.
    policy = np.argmax(_q_values(P, R, gamma, V), axis=1)
    return V, policy
