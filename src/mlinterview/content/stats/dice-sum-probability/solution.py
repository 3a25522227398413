import numpy as np


def dice_sum_probability(n, s, t):
    if t < n or t > n * s:
        return 0.0
    # The distribution is symmetric about n(s + 1)/2 (swap every face f for s + 1 - f). Work
    # in the lower half: the running sums below are then small where the answer is small,
    # so tail probabilities keep their relative precision.
    t = min(t, n * (s + 1) - t)
    # dist[v] = P(sum of the dice rolled so far = v). Start with zero dice: sum 0 surely.
    dist = np.zeros(1)
    dist[0] = 1.0
    for _ in range(n):
        # Adding one die: new[v] = (1/s) * sum_{f=1..s} dist[v - f], a sliding window of
        # width s over dist shifted by one. A cumulative sum gives every window in O(length).
        padded = np.concatenate([np.zeros(1), dist, np.zeros(s)])
        csum = np.cumsum(padded)
        # new has length len(dist) + s; new[v] = csum[v] - csum[v - s] (csum[-1..] = 0).
        window = csum[: len(dist) + s] - np.concatenate([np.zeros(s), csum[: len(dist)]])
        new = window / s
        new[0] = 0.0  # a sum of 0 is impossible once a die (face >= 1) has been added
        dist = new
    return float(dist[t]) if t < len(dist) else 0.0
