# Wrong: removes repeated rows from each bootstrap sample. The repeats are the point: they
# weigh the class counts, and dropping them changes the splits.
import numpy as np


def gini(counts):
    """Gini impurity of each row of class counts: shape (..., K) -> (...)."""
    p = counts / counts.sum(axis=-1, keepdims=True)
    return 1.0 - (p ** 2).sum(axis=-1)


def best_split(X, onehot):
    """(feature, threshold) with the largest Gini decrease, or None if nothing can split."""
    n, d = X.shape
    total = onehot.sum(axis=0)
    n_left = np.arange(1, n)
    features, thresholds, children = [], [], []  # every possible cut, in search order
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]  # class counts left of each cut
        child = (n_left * gini(left) + (n - n_left) * gini(total - left)) / n
        cut = xs[:-1] < xs[1:]  # only between two different values
        features.append(np.full(cut.sum(), j))
        thresholds.append((xs[:-1][cut] + xs[1:][cut]) / 2)
        children.append(child[cut])
    children = np.concatenate(children)
    if children.size == 0:
        return None
    # Largest gain = smallest weighted child impurity; near-ties go to the first candidate.
    i = np.flatnonzero(children <= children.min() + 1e-12)[0]
    return int(np.concatenate(features)[i]), float(np.concatenate(thresholds)[i])


def grow(X, onehot, depth, max_depth, min_samples_split):
    counts = onehot.sum(axis=0)
    majority = int(counts.argmax())  # smallest class among ties
    if depth >= max_depth or X.shape[0] < min_samples_split or (counts > 0).sum() == 1:
        return majority
    split = best_split(X, onehot)
    if split is None:
        return majority
    j, threshold = split
    go_left = X[:, j] <= threshold
    return (j, threshold,
            grow(X[go_left], onehot[go_left], depth + 1, max_depth, min_samples_split),
            grow(X[~go_left], onehot[~go_left], depth + 1, max_depth, min_samples_split))


def random_forest_predict(X_train, y_train, X_test, bootstrap_indices, feature_subsets,
                          max_depth, min_samples_split):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    classes, codes = np.unique(y_train, return_inverse=True)
    onehot = np.eye(len(classes))[codes]
    votes = np.zeros((X_test.shape[0], len(classes)), dtype=int)
    for rows, features in zip(np.asarray(bootstrap_indices), np.asarray(feature_subsets)):
        # Each tree sees its bootstrap sample (duplicates included: they weigh the split counts)
        # and only its own columns; the test points are read through the same columns.
        rows = np.unique(rows)
        tree = grow(X_train[rows][:, features], onehot[rows], 0, max_depth, min_samples_split)
        for i, x in enumerate(X_test[:, features]):
            node = tree
            while isinstance(node, tuple):
                j, threshold, left, right = node
                node = left if x[j] <= threshold else right
            votes[i, node] += 1
    # Majority vote over the trees; argmax takes the smallest label among tied classes.
    return classes[votes.argmax(axis=1)]
