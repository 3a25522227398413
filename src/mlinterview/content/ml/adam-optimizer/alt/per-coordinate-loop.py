"""Adam with the moment updates written coordinate by coordinate; only the gradient of the
mean squared error is a matrix product."""

import math

import numpy as np


def adam(X, y, w0, lr, beta1, beta2, eps, num_steps):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = [float(v) for v in w0]
    m = [0.0] * d
    v = [0.0] * d
    rows = [list(w)]
    for t in range(1, num_steps + 1):
        residual = X @ np.array(w) - y
        g = (residual @ X / n).tolist()
        c1 = 1.0 - beta1**t
        c2 = 1.0 - beta2**t
        for j in range(d):
            m[j] = beta1 * m[j] + (1.0 - beta1) * g[j]
            v[j] = beta2 * v[j] + (1.0 - beta2) * g[j] * g[j]
            w[j] -= lr * (m[j] / c1) / (math.sqrt(v[j] / c2) + eps)
        rows.append(list(w))
    return rows
