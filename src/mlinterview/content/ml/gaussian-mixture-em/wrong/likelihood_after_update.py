# Wrong: records the log-likelihood of the parameters *after* each M-step (one step late), so
# the sequence is shifted by one iteration relative to the contract.
import numpy as np


def _log_joint(X, w, mu, cov):
    n, d = X.shape
    out = np.empty((n, len(w)))
    for k in range(len(w)):
        L = np.linalg.cholesky(cov[k])
        z = (X - mu[k]) @ np.linalg.inv(L).T
        out[:, k] = np.log(w[k]) - 0.5 * (d * np.log(2 * np.pi) + 2 * np.log(np.diag(L)).sum()
                                          + (z ** 2).sum(axis=1))
    return out


def _lse(a):
    m = a.max(axis=1, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=1, keepdims=True)))[:, 0]


def gmm_em(X, weights, means, covariances, n_iters, reg_covar):
    X = np.asarray(X, dtype=float)
    w, mu, cov = np.array(weights, float), np.array(means, float), np.array(covariances, float)
    n, d = X.shape
    lls = []
    for _ in range(n_iters):
        lj = _log_joint(X, w, mu, cov)
        resp = np.exp(lj - _lse(lj)[:, None])
        Nk = resp.sum(axis=0)
        w = Nk / n
        mu = resp.T @ X / Nk[:, None]
        for k in range(len(w)):
            diff = X - mu[k]
            cov[k] = (resp[:, k, None] * diff).T @ diff / Nk[k] + reg_covar * np.eye(d)
        lls.append(_lse(_log_joint(X, w, mu, cov)).mean())
    return w, mu, cov, np.array(lls)
