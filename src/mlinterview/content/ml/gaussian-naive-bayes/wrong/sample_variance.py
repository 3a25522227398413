# Wrong: per-class variances with ddof=1 (the unbiased sample variance). The model's maximum
# likelihood estimate divides by the class count, not the count minus one.
import numpy as np


def gaussian_nb_predict_proba(X_train, y_train, X_test, var_smoothing):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    classes = np.unique(y_train)
    eps = var_smoothing * X_train.var(axis=0).max()
    out = []
    for c in classes:
        Xc = X_train[y_train == c]
        var = (Xc.var(axis=0, ddof=1) if len(Xc) > 1 else np.zeros(X_train.shape[1])) + eps
        ll = -0.5 * (np.log(2 * np.pi * var) + (X_test - Xc.mean(axis=0)) ** 2 / var).sum(axis=1)
        out.append(np.log(len(Xc) / len(y_train)) + ll)
    joint = np.array(out).T
    joint -= joint.max(axis=1, keepdims=True)
    p = np.exp(joint)
    return p / p.sum(axis=1, keepdims=True)
