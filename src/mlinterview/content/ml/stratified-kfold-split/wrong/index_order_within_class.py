# Wrong: hands out each class's samples in ascending index order instead of the shuffled
# training order, so the permutation no longer decides which samples share a fold.
import numpy as np


def split_indices(y, perm, n_test, n_folds):
    y, perm = np.asarray(y), np.asarray(perm)
    test, train = perm[:n_test], perm[n_test:]
    labels = y[train]
    _, first = np.unique(labels, return_index=True)
    folds = [[] for _ in range(n_folds)]
    start = 0
    for c in labels[np.sort(first)]:
        members = np.sort(train[labels == c])
        quota = np.bincount((start + np.arange(len(members))) % n_folds, minlength=n_folds)
        for f, chunk in enumerate(np.split(members, np.cumsum(quota)[:-1])):
            folds[f].extend(chunk.tolist())
        start += len(members)
    return {"train": train, "test": test, "folds": [np.sort(np.array(f, dtype=int)) for f in folds]}
