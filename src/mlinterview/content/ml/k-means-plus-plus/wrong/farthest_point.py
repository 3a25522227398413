# Wrong: greedy farthest-first traversal - always takes the point with the largest D^2 and
# ignores the draws after the first one. k-means++ samples; it does not maximise.
import numpy as np


def kmeans_plus_plus(X, k, draws):
    X = np.asarray(X, dtype=float)
    n = len(X)
    chosen = [min(int(draws[0] * n), n - 1)]
    d2 = ((X - X[chosen[0]]) ** 2).sum(axis=1)
    for t in range(1, k):
        i = int(np.argmax(d2))
        chosen.append(i)
        d2 = np.minimum(d2, ((X - X[i]) ** 2).sum(axis=1))
    return np.array(chosen)
