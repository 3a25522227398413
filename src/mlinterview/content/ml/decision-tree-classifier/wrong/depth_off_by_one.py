# Wrong: compares the depth with ">" instead of ">=", so the tree grows one level deeper
# than max_depth allows.
import numpy as np


def impurity(counts, criterion):
    """Impurity of each row of class counts: shape (..., K) -> (...)."""
    p = counts / counts.sum(axis=-1, keepdims=True)
    if criterion == "gini":
        return 1.0 - (p ** 2).sum(axis=-1)
    return -(p * np.log2(np.where(p > 0, p, 1.0))).sum(axis=-1)  # entropy in bits


def best_split(X, onehot, criterion):
    """(feature, threshold) with the largest impurity decrease, or None if nothing can split."""
    n, d = X.shape
    total = onehot.sum(axis=0)
    n_left = np.arange(1, n)
    features, thresholds, children = [], [], []  # every possible cut, in search order
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]  # class counts left of each cut
        child = (n_left * impurity(left, criterion) + (n - n_left) * impurity(total - left, criterion)) / n
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


def grow(X, onehot, depth, max_depth, min_samples_split, criterion):
    counts = onehot.sum(axis=0)
    majority = int(counts.argmax())  # first maximum: the smallest label among ties
    pure = (counts > 0).sum() == 1
    if depth > max_depth or X.shape[0] < min_samples_split or pure:
        return majority
    split = best_split(X, onehot, criterion)
    if split is None:
        return majority
    j, threshold = split
    go_left = X[:, j] <= threshold
    return (j, threshold,
            grow(X[go_left], onehot[go_left], depth + 1, max_depth, min_samples_split, criterion),
            grow(X[~go_left], onehot[~go_left], depth + 1, max_depth, min_samples_split, criterion))


def decision_tree_predict(X_train, y_train, X_test, max_depth, min_samples_split, criterion):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    classes, codes = np.unique(y_train, return_inverse=True)
    # A tree is either a leaf (a class index) or a tuple (feature, threshold, left, right).
    tree = grow(X_train, np.eye(len(classes))[codes], 0, max_depth, min_samples_split, criterion)
    predictions = []
    for x in X_test:
        node = tree
        while isinstance(node, tuple):
            j, threshold, left, right = node
            node = left if x[j] <= threshold else right
        predictions.append(node)
    return classes[np.array(predictions, dtype=int)]
