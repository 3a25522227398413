# Wrong: samples proportionally to the distance D(x) instead of the squared distance D(x)^2.
import numpy as np


def kmeans_plus_plus(X, k, draws):
    X = np.asarray(X, dtype=float)
    n = len(X)
    chosen = [min(int(draws[0] * n), n - 1)]
    d = np.sqrt(((X - X[chosen[0]]) ** 2).sum(axis=1))
    for t in range(1, k):
        cumulative = np.cumsum(d)
        i = int(np.searchsorted(cumulative, draws[t] * cumulative[-1], side="right"))
        chosen.append(i)
        d = np.minimum(d, np.sqrt(((X - X[i]) ** 2).sum(axis=1)))
    return np.array(chosen)
