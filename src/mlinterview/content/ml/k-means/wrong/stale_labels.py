# Wrong: assigns, then updates, then returns - so the labels belong to the centroids *before*
# the last update. When the budget runs out before convergence, labels and centroids disagree.
import numpy as np


def kmeans(X, init_centroids, max_iters):
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)
    k = len(centroids)
    labels = np.argmin(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
    for _ in range(max_iters):
        labels = np.argmin(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, X)
        filled = counts > 0
        centroids[filled] = sums[filled] / counts[filled, None]
    return labels, centroids
