import numpy as np


def kmeans_plus_plus(X, k, draws):
    X = np.asarray(X, dtype=float)
    n = len(X)
    # First centre: uniform over the points. min() guards the (impossible) draw u = 1.0.
    chosen = [min(int(draws[0] * n), n - 1)]
    # d2[i] = squared distance from x_i to its nearest chosen centre so far.
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for t in range(1, k):
        # Sample index i with probability d2[i] / sum(d2): walk the cumulative weights and take
        # the first index whose running total passes u * total. Points already chosen have
        # weight 0, so the running total does not grow there and they are never picked again.
        cumulative = np.cumsum(d2)
        i = int(np.searchsorted(cumulative, draws[t] * cumulative[-1], side="right"))
        chosen.append(i)
        # Only the new centre can bring a point closer: an O(n d) update, not a full recompute.
        d2 = np.minimum(d2, ((X - X[i]) ** 2).sum(axis=1))
    return np.array(chosen, dtype=np.int64)
