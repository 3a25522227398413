import numpy as np


def value_iteration(P, R, gamma, num_sweeps):
    """num_sweeps synchronous Bellman optimality backups from V = 0.

    P: (S, A, S) transition probabilities P[s, a, s']; R: (S, A) expected rewards.
    Returns (V (S,), policy (S,) ints): the values after the sweeps and the greedy policy for them.
    """
    pass
