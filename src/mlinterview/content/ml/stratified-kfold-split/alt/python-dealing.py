# Plain and correct: plain Python lists. Classes are met in training order; a class taking
# dealing positions start .. start + m - 1 owes fold f one sample per position p with
# p % n_folds == f, which is m // n_folds plus one for the first m % n_folds folds counted
# from start % n_folds. Its samples fill fold 0's share first, then fold 1's, and so on.
import numpy as np


def split_indices(y, perm, n_test, n_folds):
    labels_of = np.asarray(y).tolist()
    order = np.asarray(perm).tolist()
    test, train = order[:n_test], order[n_test:]
    members = {}  # class -> its samples in training order; dicts keep first-seen order
    for index in train:
        members.setdefault(labels_of[index], []).append(index)
    folds = [[] for _ in range(n_folds)]
    start = 0
    for samples in members.values():
        m = len(samples)
        taken = 0
        for f in range(n_folds):
            share = m // n_folds + (1 if (f - start) % n_folds < m % n_folds else 0)
            folds[f].extend(samples[taken:taken + share])
            taken += share
        start += m
    return {"train": train, "test": test, "folds": [sorted(fold) for fold in folds]}
