# Wrong: never renormalises the sample weights, so from round 2 on the "error" is a raw
# weighted sum, not a fraction of the total weight.
import numpy as np


def best_stump(X, y, w):
    """The stump (feature, threshold, polarity) with the least weighted error.

    A stump predicts +polarity when x[feature] <= threshold and -polarity otherwise.
    Candidates run feature by feature, thresholds ascending, polarity +1 before -1; the first
    whose error is within 1e-9 of the smallest wins.
    """
    rows = []  # (feature, threshold, polarity, weighted error), in candidate order
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs, ys, ws = X[order, j], y[order], w[order]
        # Polarity +1 errs on the left where y = -1 and on the right where y = +1.
        neg_left = np.cumsum(ws * (ys < 0))[:-1]
        pos_right = (ws * (ys > 0)).sum() - np.cumsum(ws * (ys > 0))[:-1]
        err_plus = neg_left + pos_right
        err_minus = w.sum() - err_plus  # flipping the polarity flips every prediction
        cut = np.flatnonzero(xs[:-1] < xs[1:])  # only between two different values
        thresholds = (xs[cut] + xs[cut + 1]) / 2
        # Interleave so each threshold lists polarity +1, then -1.
        rows.append(np.column_stack([np.full(2 * cut.size, j), np.repeat(thresholds, 2),
                                     np.tile([1.0, -1.0], cut.size),
                                     np.stack([err_plus[cut], err_minus[cut]], axis=1).ravel()]))
    table = np.concatenate(rows)
    errors = table[:, 3]
    best = np.flatnonzero(errors <= errors.min() + 1e-9)[0]
    j, threshold, polarity, error = table[best]
    return (int(j), threshold, polarity), error


def stump_predict(stump, X):
    j, threshold, polarity = stump
    return np.where(X[:, j] <= threshold, polarity, -polarity)


def adaboost_stumps(X_train, y_train, X_test, n_estimators):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y = np.asarray(y_train, dtype=float)
    n = X_train.shape[0]
    w = np.full(n, 1.0 / n)
    alphas = []
    scores = np.zeros(X_test.shape[0])
    for _ in range(n_estimators):
        stump, error = best_stump(X_train, y, w)
        # A perfect (or perfectly wrong) stump would give an infinite weight: clip the error.
        error = np.clip(error, 1e-10, 1 - 1e-10)
        alpha = np.log((1 - error) / error)  # SAMME with two classes
        missed = stump_predict(stump, X_train) != y
        # Up-weight the mistakes by e^alpha, then renormalise so the weights sum to 1.
        w = w * np.exp(alpha * missed)
        alphas.append(alpha)
        scores += alpha * stump_predict(stump, X_test)
    return np.array(alphas), scores
