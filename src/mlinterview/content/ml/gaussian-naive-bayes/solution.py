import numpy as np


def gaussian_nb_predict_proba(X_train, y_train, X_test, var_smoothing):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    classes = np.unique(y_train)
    # A small variance added to every class and feature, relative to the widest feature, so a
    # feature that is constant within a class does not give a zero variance.
    epsilon = var_smoothing * X_train.var(axis=0).max()
    means = np.array([X_train[y_train == c].mean(axis=0) for c in classes])  # (K, d)
    variances = np.array([X_train[y_train == c].var(axis=0) for c in classes]) + epsilon
    log_prior = np.log(np.array([(y_train == c).mean() for c in classes]))
    # Work in logs: a product of many small densities underflows to 0 long before the
    # posterior is undefined. log N(x | mu, var) = -0.5 log(2 pi var) - (x - mu)^2 / (2 var).
    diff = X_test[:, None, :] - means[None, :, :]  # (m, K, d)
    log_lik = -0.5 * (np.log(2 * np.pi * variances)[None] + diff ** 2 / variances[None]).sum(axis=2)
    joint = log_prior[None, :] + log_lik  # (m, K)
    # Normalise with log-sum-exp: subtract the row maximum before exponentiating.
    joint -= joint.max(axis=1, keepdims=True)
    proba = np.exp(joint)
    return proba / proba.sum(axis=1, keepdims=True)
