import numpy as np


def kmeans_plus_plus(X, k, draws):
    """Choose k initial centroids from the rows of X by k-means++ (D^2 sampling).

    X: (n, d) points; k: number of centres; draws: (k,) uniform numbers in [0, 1), one per pick.
    Returns the (k,) integer array of the chosen row indices, in the order they were chosen.
    """
    pass
