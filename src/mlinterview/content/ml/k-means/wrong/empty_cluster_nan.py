# Wrong: divides by the cluster size even when a cluster is empty, so its centroid becomes nan
# instead of staying where it was.
import numpy as np


def kmeans(X, init_centroids, max_iters):
    X = np.asarray(X, dtype=float)
    centroids = np.array(init_centroids, dtype=float)
    k = len(centroids)
    labels = np.argmin(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
    for _ in range(max_iters):
        with np.errstate(invalid="ignore", divide="ignore"):
            centroids = np.array([X[labels == j].sum(axis=0) / (labels == j).sum() for j in range(k)])
        new_labels = np.argmin(np.nan_to_num(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), nan=np.inf), axis=1)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return labels, centroids
