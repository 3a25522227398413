# Wrong: an off-by-one in the search loop stops one cut early, so the split that isolates the
# largest value of a feature is never considered.
import numpy as np


def _impurity(labels, criterion):
    p = np.unique(labels, return_counts=True)[1] / len(labels)
    return 1.0 - (p ** 2).sum() if criterion == "gini" else -(p * np.log2(p)).sum()


def best_split(X, y, criterion):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, d = X.shape
    parent = _impurity(y, criterion)
    best = (-1, None, 0.0)
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs, ys = X[order, j], y[order]
        for i in range(1, n - 1):  # should be range(1, n)
            if xs[i - 1] == xs[i]:
                continue
            gain = parent - (i * _impurity(ys[:i], criterion) + (n - i) * _impurity(ys[i:], criterion)) / n
            if best[0] == -1 or gain > best[2] + 1e-12:
                best = (j, (xs[i - 1] + xs[i]) / 2, float(gain))
    return best
