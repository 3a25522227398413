import numpy as np


def gmm_em(X, weights, means, covariances, n_iters, reg_covar):
    """Fit a Gaussian mixture with full covariances by n_iters EM iterations.

    X: (n, d); weights: (K,); means: (K, d); covariances: (K, d, d); reg_covar >= 0 is added to
    the diagonal of every covariance after each M-step.
    Returns (weights, means, covariances, log_likelihoods) where log_likelihoods has one entry
    per iteration: the mean log-likelihood of the parameters in force before its M-step.
    """
    pass
