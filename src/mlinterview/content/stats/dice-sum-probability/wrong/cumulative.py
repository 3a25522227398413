# Wrong: returns P(sum <= t) instead of P(sum = t).
import numpy as np


def dice_sum_probability(n, s, t):
    dist = np.array([1.0])
    die = np.concatenate([[0.0], np.full(s, 1.0 / s)])
    for _ in range(n):
        dist = np.convolve(dist, die)
    if t < 0:
        return 0.0
    return float(min(1.0, dist[: t + 1].sum()))
