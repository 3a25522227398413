# Wrong: takes the test set from the end of the permutation instead of the start.
import numpy as np


def split_indices(y, perm, n_test, n_folds):
    y, perm = np.asarray(y), np.asarray(perm)
    cut = len(perm) - n_test
    train, test = perm[:cut], perm[cut:]
    labels = y[train]
    _, first = np.unique(labels, return_index=True)
    fold_of = np.empty(len(train), dtype=int)
    start = 0
    for c in labels[np.sort(first)]:
        members = np.flatnonzero(labels == c)
        quota = np.bincount((start + np.arange(len(members))) % n_folds, minlength=n_folds)
        fold_of[members] = np.repeat(np.arange(n_folds), quota)
        start += len(members)
    folds = [np.sort(train[fold_of == f]) for f in range(n_folds)]
    return {"train": train, "test": test, "folds": folds}
