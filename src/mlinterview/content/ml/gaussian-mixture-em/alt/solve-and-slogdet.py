"""EM for a Gaussian mixture with the log-densities from numpy.linalg.solve and slogdet (no
Cholesky factor) and responsibilities normalised with logaddexp."""

import numpy as np


def log_density(X, mean, cov):
    diff = X - mean
    _, logdet = np.linalg.slogdet(cov)
    maha = np.einsum("ij,ji->i", diff, np.linalg.solve(cov, diff.T))
    return -0.5 * (maha + logdet + X.shape[1] * np.log(2.0 * np.pi))


def gmm_em(X, weights, means, covariances, n_iters, reg_covar):
    X = np.asarray(X, dtype=float)
    w = np.asarray(weights, dtype=float).copy()
    mu = np.asarray(means, dtype=float).copy()
    cov = np.asarray(covariances, dtype=float).copy()
    n, d = X.shape
    k = len(w)
    history = []
    for _ in range(n_iters):
        scores = np.empty((n, k))
        for c in range(k):
            scores[:, c] = np.log(w[c]) + log_density(X, mu[c], cov[c])
        total = np.logaddexp.reduce(scores, axis=1)
        history.append(float(np.sum(total) / n))
        r = np.exp(scores - total[:, None])
        mass = r.sum(axis=0)
        w = mass / n
        mu = np.einsum("nk,nd->kd", r, X) / mass[:, None]
        for c in range(k):
            centred = X - mu[c]
            cov[c] = np.einsum("n,ni,nj->ij", r[:, c], centred, centred) / mass[c]
            cov[c][np.diag_indices(d)] += reg_covar
    return w, mu, cov, np.array(history)
