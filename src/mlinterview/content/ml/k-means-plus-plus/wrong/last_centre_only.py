# Wrong: weights each point by its squared distance to the most recent centre only, instead of
# to the nearest of all centres chosen so far.
import numpy as np


def kmeans_plus_plus(X, k, draws):
    X = np.asarray(X, dtype=float)
    n = len(X)
    chosen = [min(int(draws[0] * n), n - 1)]
    for t in range(1, k):
        d2 = ((X - X[chosen[-1]]) ** 2).sum(axis=1)
        cumulative = np.cumsum(d2)
        i = int(np.searchsorted(cumulative, draws[t] * cumulative[-1], side="right"))
        chosen.append(i)
    return np.array(chosen)
