# Plain and correct, by another bookkeeping: a column of ones joins X and the bias becomes the
# last row of one parameter matrix, so a single product gives the logits and a single product
# the gradient. The loss is the mean of logsumexp minus the true class's logit.
import numpy as np


def _logsumexp(Z):
    top = Z.max(axis=1)
    return top + np.log(np.exp(Z - top[:, None]).sum(axis=1))


def softmax_regression_gd(X, y, W0, b0, lr, n_iters):
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    labels = np.asarray(y, dtype=int)
    Xa = np.hstack([X, np.ones((n, 1))])
    theta = np.vstack([np.asarray(W0, dtype=float), np.asarray(b0, dtype=float)[None, :]])
    onehot = np.eye(theta.shape[1])[labels]
    for _ in range(n_iters):
        Z = Xa @ theta
        probs = np.exp(Z - _logsumexp(Z)[:, None])
        theta = theta - lr * (Xa.T @ (probs - onehot)) / n
    Z = Xa @ theta
    loss = float(np.mean(_logsumexp(Z) - Z[np.arange(n), labels]))
    return theta[:d], theta[d], loss
