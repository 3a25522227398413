# Wrong: deals each class round-robin starting again from fold 0, so the leftover samples of
# every class pile up in the first folds and fold sizes drift apart.
import numpy as np


def split_indices(y, perm, n_test, n_folds):
    y, perm = np.asarray(y), np.asarray(perm)
    test, train = perm[:n_test], perm[n_test:]
    labels = y[train]
    fold_of = np.empty(len(train), dtype=int)
    for c in np.unique(labels):
        members = np.flatnonzero(labels == c)
        fold_of[members] = np.arange(len(members)) % n_folds
    folds = [np.sort(train[fold_of == f]) for f in range(n_folds)]
    return {"train": train, "test": test, "folds": folds}
