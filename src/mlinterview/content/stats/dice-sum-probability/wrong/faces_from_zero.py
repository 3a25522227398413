# Wrong: models the faces as 0..s-1 instead of 1..s, shifting the whole distribution by n.
import numpy as np


def dice_sum_probability(n, s, t):
    dist = np.array([1.0])
    die = np.full(s, 1.0 / s)
    for _ in range(n):
        dist = np.convolve(dist, die)
    return float(dist[t]) if 0 <= t < len(dist) else 0.0
