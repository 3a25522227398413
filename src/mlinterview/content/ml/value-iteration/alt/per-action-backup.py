# Plain and correct: the Bellman backup one action at a time (each action's transition matrix
# times the current values), a synchronous sweep, and the greedy policy from the final values.
import numpy as np


def _backup(P, R, gamma, V):
    Q = np.empty(R.shape)
    for a in range(R.shape[1]):
        Q[:, a] = R[:, a] + gamma * (P[:, a, :] @ V)
    return Q


def value_iteration(P, R, gamma, num_sweeps):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    V = np.zeros(len(R))
    for _ in range(num_sweeps):
        V = _backup(P, R, gamma, V).max(axis=1)
    return V, np.argmax(_backup(P, R, gamma, V), axis=1)
