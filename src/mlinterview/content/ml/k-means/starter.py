import numpy as np


def kmeans(X, init_centroids, max_iters):
    """Lloyd's k-means from the given initial centroids.

    X: (n, d) points; init_centroids: (k, d); max_iters: maximum number of update steps.
    Returns (labels, centroids): labels (n,) ints in [0, k), centroids (k, d) floats.
    """
    pass
