import numpy as np


def impurity(counts, criterion):
    """Impurity of each row of class counts: shape (..., K) -> (...)."""
    p = counts / counts.sum(axis=-1, keepdims=True)
    if criterion == "gini":
        return 1.0 - (p ** 2).sum(axis=-1)
    # Entropy in bits, with 0 * log2(0) taken as 0 (log2(1) = 0 stands in for the empty class).
    return -(p * np.log2(np.where(p > 0, p, 1.0))).sum(axis=-1)


def best_split(X, y, criterion):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, d = X.shape
    _, codes = np.unique(y, return_inverse=True)
    onehot = np.eye(codes.max() + 1)[codes]  # (n, K) class indicators
    total = onehot.sum(axis=0)
    parent = impurity(total, criterion)
    n_left = np.arange(1, n)  # split i puts the i+1 smallest values on the left
    features, thresholds, gains = [], [], []
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        # Class counts on the left of every cut at once: a running sum over the sorted labels.
        left = np.cumsum(onehot[order], axis=0)[:-1]
        right = total - left
        children = (n_left * impurity(left, criterion) + (n - n_left) * impurity(right, criterion)) / n
        # A cut is only possible between two different values; the threshold is their midpoint,
        # and a sample goes left when its value is <= the threshold.
        cut = xs[:-1] < xs[1:]
        features.append(np.full(cut.sum(), j))
        thresholds.append((xs[:-1][cut] + xs[1:][cut]) / 2)
        gains.append(parent - children[cut])
    gains = np.concatenate(gains) if gains else np.array([])
    if gains.size == 0:
        return -1, None, 0.0  # every feature is constant (or n == 1): nothing to split
    # Candidates are in (feature, threshold) order; the first one within 1e-12 of the best gain
    # wins, so rounding noise between equally good splits cannot change the answer.
    i = np.flatnonzero(gains >= gains.max() - 1e-12)[0]
    return int(np.concatenate(features)[i]), float(np.concatenate(thresholds)[i]), float(gains[i])
