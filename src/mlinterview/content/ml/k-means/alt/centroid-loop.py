"""Lloyd's algorithm with a loop over the centroids: one column of squared distances per
centroid, and each centroid's new position as the mean of its members."""

import numpy as np


def assign(X, centroids):
    dist = np.empty((len(X), len(centroids)))
    for j, c in enumerate(centroids):
        dist[:, j] = ((X - c) ** 2).sum(axis=1)
    return dist.argmin(axis=1)  # first minimum: ties go to the lower index


def kmeans(X, init_centroids, max_iters):
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)
    labels = assign(X, centroids)
    for _ in range(max_iters):
        for j in range(len(centroids)):
            members = X[labels == j]
            if len(members):  # an empty cluster keeps its centroid
                centroids[j] = members.mean(axis=0)
        updated = assign(X, centroids)
        if (updated == labels).all():
            break
        labels = updated
    return labels, centroids
