# Wrong: treats max_iters as the number of assignment steps, so it performs one centroid update
# fewer than asked (and max_iters = 1 returns the initial centroids).
import numpy as np


def kmeans(X, init_centroids, max_iters):
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)
    k = len(centroids)
    labels = np.argmin(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
    for _ in range(max(max_iters - 1, 0)):
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, X)
        filled = counts > 0
        centroids[filled] = sums[filled] / counts[filled, None]
        new_labels = np.argmin(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return labels, centroids
