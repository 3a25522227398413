# Wrong: computes the densities themselves and normalises them. Far from every component the
# densities underflow to 0.0, the responsibilities become 0/0 = nan and the fit is destroyed.
import numpy as np


def gmm_em(X, weights, means, covariances, n_iters, reg_covar):
    X = np.asarray(X, dtype=float)
    w, mu, cov = np.array(weights, float), np.array(means, float), np.array(covariances, float)
    n, d = X.shape
    K = len(w)
    lls = []
    for _ in range(n_iters):
        dens = np.empty((n, K))
        for k in range(K):
            diff = X - mu[k]
            maha = np.einsum("ni,ij,nj->n", diff, np.linalg.inv(cov[k]), diff)
            norm = np.sqrt((2 * np.pi) ** d * np.linalg.det(cov[k]))
            dens[:, k] = w[k] * np.exp(-0.5 * maha) / norm
        px = dens.sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            lls.append(np.log(px).mean())
            resp = dens / px[:, None]
        Nk = resp.sum(axis=0)
        w = Nk / n
        mu = resp.T @ X / Nk[:, None]
        for k in range(K):
            diff = X - mu[k]
            cov[k] = (resp[:, k, None] * diff).T @ diff / Nk[k] + reg_covar * np.eye(d)
    return w, mu, cov, np.array(lls)
