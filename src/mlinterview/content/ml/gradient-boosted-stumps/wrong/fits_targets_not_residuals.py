# Wrong: fits every stump to the targets instead of the current residuals, so each round
# adds the same stump again.
import numpy as np


def fit_stump(X, r):
    """The one-split regression tree with the least squared error on targets r.

    Returns (feature, threshold, left_value, right_value); feature is -1 when no split exists,
    and then both values are mean(r).
    """
    n, d = X.shape
    n_left = np.arange(1, n)
    columns = []  # per feature: (feature, threshold, left value, right value, score) of each cut
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs, rs = X[order, j], r[order]
        sum_left = np.cumsum(rs)[:-1]
        sum_right = rs.sum() - sum_left
        # SSE(left) + SSE(right) = sum(r^2) - (S_L^2 / n_L + S_R^2 / n_R): the best split
        # maximises the bracket, which needs running sums only.
        score = sum_left ** 2 / n_left + sum_right ** 2 / (n - n_left)
        cut = xs[:-1] < xs[1:]  # only between two different values
        columns.append(np.stack([np.full(cut.sum(), j), (xs[:-1][cut] + xs[1:][cut]) / 2,
                                 (sum_left / n_left)[cut],  # leaf values: mean residual per side
                                 (sum_right / (n - n_left))[cut], score[cut]], axis=1))
    table = np.concatenate(columns)
    if table.shape[0] == 0:
        return -1, 0.0, r.mean(), r.mean()
    scores = table[:, 4]
    # Rows are in (feature, threshold) order: near-ties go to the first one.
    best = np.flatnonzero(scores >= scores.max() - 1e-12 * max(1.0, scores.max()))[0]
    j, threshold, left_value, right_value, _ = table[best]
    return int(j), threshold, left_value, right_value


def gradient_boosting_stumps(X_train, y_train, X_test, n_estimators, learning_rate):
    X_train = np.asarray(X_train, dtype=float)
    y_train = np.asarray(y_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    # Start from the constant that minimises squared error: the mean.
    f_train = np.full(X_train.shape[0], y_train.mean())
    f_test = np.full(X_test.shape[0], y_train.mean())
    for _ in range(n_estimators):
        # For squared loss the negative gradient is the residual: fit the stump to it.
        residual = y_train - y_train.mean()
        j, threshold, left, right = fit_stump(X_train, residual)
        if j < 0:
            step_train, step_test = np.full_like(f_train, left), np.full_like(f_test, left)
        else:
            step_train = np.where(X_train[:, j] <= threshold, left, right)
            step_test = np.where(X_test[:, j] <= threshold, left, right)
        # Shrinkage: take only a fraction of each stump's correction.
        f_train = f_train + learning_rate * step_train
        f_test = f_test + learning_rate * step_test
    return f_test
