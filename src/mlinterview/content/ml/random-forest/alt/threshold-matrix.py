# Plain and correct, by another split search: for each column, every candidate threshold is
# compared with every row at once (an O(n^2) boolean matrix instead of a sort and a running
# count), and the Gini gain of each candidate is computed directly. Trees are nested dicts.
import numpy as np


def _impurity(counts):
    totals = counts.sum(axis=-1, keepdims=True)
    shares = counts / np.maximum(totals, 1)
    return 1.0 - (shares * shares).sum(axis=-1)


def _split(X, Y):
    n = len(X)
    counts = Y.sum(axis=0)
    parent = _impurity(counts)
    found = []  # (column, threshold, gain) for every candidate, column by column, thresholds rising
    for col in range(X.shape[1]):
        values = np.unique(X[:, col])
        if len(values) < 2:
            continue
        thresholds = (values[:-1] + values[1:]) / 2
        left = (X[:, col][None, :] <= thresholds[:, None]).astype(float) @ Y
        right = counts - left
        n_left = left.sum(axis=1)
        gains = parent - n_left / n * _impurity(left) - (n - n_left) / n * _impurity(right)
        found.extend(zip([col] * len(thresholds), thresholds.tolist(), gains.tolist()))
    if not found:
        return None
    top = max(gain for _, _, gain in found)
    return next((col, threshold) for col, threshold, gain in found if gain >= top - 1e-12)


def _grow(X, Y, depth, max_depth, min_samples_split):
    counts = Y.sum(axis=0)
    label = int(np.argmax(counts))
    if depth == max_depth or len(X) < min_samples_split or np.count_nonzero(counts) == 1:
        return {"leaf": label}
    best = _split(X, Y)
    if best is None:
        return {"leaf": label}
    col, threshold = best
    left = X[:, col] <= threshold
    return {"col": col, "threshold": threshold,
            "left": _grow(X[left], Y[left], depth + 1, max_depth, min_samples_split),
            "right": _grow(X[~left], Y[~left], depth + 1, max_depth, min_samples_split)}


def _predict(tree, row):
    while "leaf" not in tree:
        tree = tree["left"] if row[tree["col"]] <= tree["threshold"] else tree["right"]
    return tree["leaf"]


def random_forest_predict(X_train, y_train, X_test, bootstrap_indices, feature_subsets,
                          max_depth, min_samples_split):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    labels = sorted(set(np.asarray(y_train).tolist()))
    index = {label: i for i, label in enumerate(labels)}
    Y = np.zeros((len(X_train), len(labels)))
    for r, label in enumerate(np.asarray(y_train).tolist()):
        Y[r, index[label]] = 1.0
    votes = np.zeros((len(X_test), len(labels)), dtype=int)
    for rows, cols in zip(np.asarray(bootstrap_indices), np.asarray(feature_subsets)):
        tree = _grow(X_train[rows][:, cols], Y[rows], 0, max_depth, min_samples_split)
        for i, row in enumerate(X_test[:, cols]):
            votes[i, _predict(tree, row)] += 1
    return np.array([labels[i] for i in votes.argmax(axis=1)])
