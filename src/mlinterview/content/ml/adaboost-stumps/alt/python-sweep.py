"""AdaBoost with stumps in plain Python: each round sorts every feature once and sweeps the
cut from left to right, carrying the weight of the mistakes made on each side."""

import math


def find_stump(X, y, w):
    n, d = len(X), len(X[0])
    total = sum(w)
    positive_total = sum(wi for wi, yi in zip(w, y) if yi > 0)
    candidates = []  # (error, feature, threshold, polarity) in the order the tie rule uses
    for j in range(d):
        order = sorted(range(n), key=lambda i: X[i][j])
        negative_left = 0.0  # polarity +1 predicts +1 on the left: the -1 rows there are wrong
        positive_left = 0.0
        for pos in range(n - 1):
            i = order[pos]
            if y[i] < 0:
                negative_left += w[i]
            else:
                positive_left += w[i]
            here, after = X[i][j], X[order[pos + 1]][j]
            if here == after:
                continue
            threshold = (here + after) / 2
            error_plus = negative_left + (positive_total - positive_left)
            candidates.append((error_plus, j, threshold, 1))
            candidates.append((total - error_plus, j, threshold, -1))
    smallest = min(c[0] for c in candidates)
    for error, j, threshold, polarity in candidates:
        if error <= smallest + 1e-9:
            return j, threshold, polarity, error
    raise AssertionError("no candidate")


def predict(row, j, threshold, polarity):
    return polarity if row[j] <= threshold else -polarity


def adaboost_stumps(X_train, y_train, X_test, n_estimators):
    X = [[float(v) for v in row] for row in X_train]
    T = [[float(v) for v in row] for row in X_test]
    y = [float(v) for v in y_train]
    n = len(X)
    w = [1.0 / n] * n
    alphas = []
    scores = [0.0] * len(T)
    for _ in range(n_estimators):
        j, threshold, polarity, error = find_stump(X, y, w)
        error = min(max(error, 1e-10), 1 - 1e-10)
        alpha = math.log((1 - error) / error)
        boost = math.exp(alpha)
        w = [wi * boost if predict(row, j, threshold, polarity) != yi else wi
             for wi, row, yi in zip(w, X, y)]
        s = sum(w)
        w = [wi / s for wi in w]
        alphas.append(alpha)
        for k, row in enumerate(T):
            scores[k] += alpha * predict(row, j, threshold, polarity)
    return alphas, scores
