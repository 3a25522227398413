import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    # Centre first: principal components are directions of variance around the mean. Subtracting
    # the mean from the data (not E[x^2] - E[x]^2 afterwards) avoids catastrophic cancellation
    # when the features have a large offset.
    Xc = X - X.mean(axis=0)
    # Thin SVD of the centred data: Xc = U S Vt. The rows of Vt are the eigenvectors of the
    # covariance Xc^T Xc / (n - 1), with eigenvalues S^2 / (n - 1), already sorted descending.
    # Working on Xc directly never squares the condition number as forming Xc^T Xc would.
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    variance = S ** 2  # the common 1 / (n - 1) cancels in the ratio
    ratio = variance[:n_components] / variance.sum()
    return Vt[:n_components], ratio
