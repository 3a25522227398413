# Wrong: contracts V with the first state axis of P (P[s', a, s]) instead of the next-state axis,
# i.e. uses the transposed transition matrix of every action.
import numpy as np


def value_iteration(P, R, gamma, num_sweeps):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    V = np.zeros(P.shape[0])
    for _ in range(num_sweeps):
        V = (R + gamma * np.einsum("tas,t->sa", P, V)).max(axis=1)
    return V, np.argmax(R + gamma * np.einsum("tas,t->sa", P, V), axis=1)
