import numpy as np


def _log_gaussian(X, mean, cov):
    # log N(x | mean, cov) for every row of X through the Cholesky factor cov = L L^T:
    # the Mahalanobis term is ||L^{-1}(x - mean)||^2 and log det(cov) = 2 sum(log diag L).
    # Never form exp(...) here: far from the mean the density underflows to 0.
    d = X.shape[1]
    L = np.linalg.cholesky(cov)
    z = (X - mean) @ np.linalg.inv(L).T  # rows are L^{-1}(x - mean); L is only d x d
    log_det = 2.0 * np.log(np.diag(L)).sum()
    return -0.5 * (d * np.log(2.0 * np.pi) + log_det + (z ** 2).sum(axis=1))


def _logsumexp(a, axis):
    # Subtract the row maximum so the largest term is exp(0) = 1: no overflow, no 0/0.
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def gmm_em(X, weights, means, covariances, n_iters, reg_covar):
    X = np.asarray(X, dtype=float)
    weights = np.array(weights, dtype=float)
    means = np.array(means, dtype=float)
    covariances = np.array(covariances, dtype=float)
    n, d = X.shape
    K = len(weights)
    log_likelihoods = []
    for _ in range(n_iters):
        # E-step in log space: log w_k + log N(x_i | mu_k, Sigma_k), normalised per row.
        log_joint = np.log(weights) + np.stack(
            [_log_gaussian(X, means[k], covariances[k]) for k in range(K)], axis=1)
        log_px = _logsumexp(log_joint, axis=1)
        log_likelihoods.append(log_px.mean())  # of the parameters *before* this M-step
        resp = np.exp(log_joint - log_px[:, None])  # (n, K), rows sum to 1
        # M-step: weighted counts, means and covariances (around the *new* means).
        Nk = resp.sum(axis=0)
        weights = Nk / n
        means = (resp.T @ X) / Nk[:, None]
        for k in range(K):
            diff = X - means[k]
            covariances[k] = (resp[:, k, None] * diff).T @ diff / Nk[k]
            # A small ridge keeps Sigma_k invertible when a component sits on few points.
            covariances[k] += reg_covar * np.eye(d)
    return weights, means, covariances, np.array(log_likelihoods)
