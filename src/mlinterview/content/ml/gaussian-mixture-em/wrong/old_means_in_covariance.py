# Wrong: the covariance update measures spread around the *old* means instead of the means
# just computed in the same M-step.
import numpy as np


def gmm_em(X, weights, means, covariances, n_iters, reg_covar):
    X = np.asarray(X, dtype=float)
    w, mu, cov = np.array(weights, float), np.array(means, float), np.array(covariances, float)
    n, d = X.shape
    K = len(w)
    lls = []
    for _ in range(n_iters):
        log_joint = np.empty((n, K))
        for k in range(K):
            L = np.linalg.cholesky(cov[k])
            z = (X - mu[k]) @ np.linalg.inv(L).T
            log_joint[:, k] = np.log(w[k]) - 0.5 * (d * np.log(2 * np.pi) + 2 * np.log(np.diag(L)).sum()
                                                    + (z ** 2).sum(axis=1))
        m = log_joint.max(axis=1, keepdims=True)
        log_px = (m + np.log(np.exp(log_joint - m).sum(axis=1, keepdims=True)))[:, 0]
        lls.append(log_px.mean())
        resp = np.exp(log_joint - log_px[:, None])
        Nk = resp.sum(axis=0)
        w = Nk / n
        new_mu = resp.T @ X / Nk[:, None]
        for k in range(K):
            diff = X - mu[k]
            cov[k] = (resp[:, k, None] * diff).T @ diff / Nk[k] + reg_covar * np.eye(d)
        mu = new_mu
    return w, mu, cov, np.array(lls)
