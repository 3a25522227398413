import numpy as np


def split_indices(y, perm, n_test, n_folds):
    y = np.asarray(y)
    perm = np.asarray(perm)
    # Hold-out split: the shuffled order decides; the first n_test positions are the test set.
    test, train = perm[:n_test], perm[n_test:]
    labels = y[train]

    # Classes in order of first appearance along the training order.
    _, first_seen = np.unique(labels, return_index=True)
    classes = labels[np.sort(first_seen)]

    # Deal the training labels, grouped class by class, round-robin over the folds. A class
    # that occupies dealing positions start .. start + m - 1 gives fold f one sample for every
    # such position p with p % n_folds == f. Continuing the count across classes keeps the fold
    # sizes within one of each other, and each class within one of its fair share per fold.
    fold_of = np.empty(len(train), dtype=int)
    start = 0
    for c in classes:
        members = np.flatnonzero(labels == c)            # positions in training order
        quota = np.bincount((start + np.arange(len(members))) % n_folds, minlength=n_folds)
        # The class's samples, in training order, fill fold 0's quota, then fold 1's, ...
        fold_of[members] = np.repeat(np.arange(n_folds), quota)
        start += len(members)

    folds = [np.sort(train[fold_of == f]) for f in range(n_folds)]
    return {"train": train, "test": test, "folds": folds}
