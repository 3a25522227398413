"""k-means++ seeding that samples each pick by walking the points with a running total of
the squared distances, in a plain loop."""

import numpy as np


def kmeans_plus_plus(X, k, draws):
    X = np.asarray(X, dtype=float)
    n = len(X)
    first = int(draws[0] * n)
    if first >= n:
        first = n - 1
    picks = [first]
    nearest = ((X - X[first]) ** 2).sum(axis=1)
    for t in range(1, k):
        weights = nearest.tolist()
        target = draws[t] * sum(weights)
        running = 0.0
        pick = n - 1
        for i, w in enumerate(weights):
            running += w
            if running > target:
                pick = i
                break
        picks.append(pick)
        nearest = np.minimum(nearest, ((X - X[pick]) ** 2).sum(axis=1))
    return picks
