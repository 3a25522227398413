# Plain and correct, the textbook way: centre, form the covariance matrix, take its symmetric
# eigendecomposition and sort the eigenpairs by decreasing eigenvalue.
import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=float)
    centred = X - X.mean(axis=0)
    covariance = centred.T @ centred / (len(X) - 1)
    eigenvalues, eigenvectors = np.linalg.eigh(covariance)
    order = np.argsort(eigenvalues)[::-1][:n_components]
    return eigenvectors[:, order].T, eigenvalues[order] / np.trace(covariance)
