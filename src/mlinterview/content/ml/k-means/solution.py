import numpy as np


def _nearest(X, centroids):
    # Squared Euclidean distances via broadcasting, shape (n, k). np.argmin returns the first
    # minimum, so a point equally close to two centroids goes to the lower index.
    d2 = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(d2, axis=1)


def kmeans(X, init_centroids, max_iters):
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)  # a copy: never modify the caller's array
    k = len(centroids)
    labels = _nearest(X, centroids)
    for _ in range(max_iters):
        # Update step: each centroid moves to the mean of the points assigned to it.
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, X)
        filled = counts > 0
        # An empty cluster has no mean; it keeps its previous centroid instead of becoming nan.
        centroids[filled] = sums[filled] / counts[filled, None]
        # Assignment step against the moved centroids.
        new_labels = _nearest(X, centroids)
        if np.array_equal(new_labels, labels):
            # Same assignment -> the next update would give the same centroids: a fixed point.
            break
        labels = new_labels
    return labels, centroids
