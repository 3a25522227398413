"""Gradient boosting with stumps that sorts every feature once, before the first round: the
order of the rows along a feature never changes, only the residuals do, so each round is a
running sum along precomputed orders."""

import numpy as np


def gradient_boosting_stumps(X_train, y_train, X_test, n_estimators, learning_rate):
    X = np.asarray(X_train, dtype=float)
    y = np.asarray(y_train, dtype=float)
    T = np.asarray(X_test, dtype=float)
    n, d = X.shape
    orders, cuts, thresholds = [], [], []
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        ok = np.flatnonzero(xs[1:] > xs[:-1])  # cut after sorted position ok[i]
        orders.append(order)
        cuts.append(ok)
        thresholds.append((xs[ok] + xs[ok + 1]) / 2)
    base = y.sum() / n
    pred_train = np.full(n, base)
    pred_test = np.full(len(T), base)
    for _ in range(n_estimators):
        r = y - pred_train
        total = r.sum()
        best = None  # (score, feature, threshold, left mean, right mean)
        for j in range(d):
            if len(cuts[j]) == 0:
                continue
            running = np.cumsum(r[orders[j]])[cuts[j]]
            n_left = cuts[j] + 1.0
            n_right = n - n_left
            score = running**2 / n_left + (total - running) ** 2 / n_right
            i = int(np.argmax(score))
            if best is None or score[i] > best[0] + 1e-12 * max(1.0, abs(best[0])):
                best = (score[i], j, thresholds[j][i], running[i] / n_left[i],
                        (total - running[i]) / n_right[i])
        if best is None:  # every feature constant: the best "stump" is the mean residual
            pred_train = pred_train + learning_rate * total / n
            pred_test = pred_test + learning_rate * total / n
            continue
        _, j, t, left, right = best
        pred_train = pred_train + learning_rate * np.where(X[:, j] <= t, left, right)
        pred_test = pred_test + learning_rate * np.where(T[:, j] <= t, left, right)
    return pred_test
