"""k-NN one test point at a time: sort the training indices by (distance, index), count the
labels of the first k, and take the most common, smallest label first on a tie."""

import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    labels = np.asarray(y_train).tolist()
    out = []
    for q in np.asarray(X_test, dtype=float):
        dist = ((X_train - q) ** 2).sum(axis=1).tolist()
        ranked = sorted(range(len(dist)), key=lambda i: (dist[i], i))
        votes = {}
        for i in ranked[:k]:
            votes[labels[i]] = votes.get(labels[i], 0) + 1
        out.append(min(votes, key=lambda label: (-votes[label], label)))
    return out
