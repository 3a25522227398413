"""Least squares through a QR factorisation of the design matrix [1 | X]: with A = QR the
normal equations reduce to the triangular system R theta = Q^T y, solved by back substitution."""

import numpy as np


def linear_regression_closed_form(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.column_stack([np.ones(len(X)), X])
    Q, R = np.linalg.qr(A)  # reduced: Q is n x (d + 1), R is (d + 1) x (d + 1) upper triangular
    rhs = Q.T @ y
    m = len(rhs)
    theta = np.zeros(m)
    for i in range(m - 1, -1, -1):
        theta[i] = (rhs[i] - R[i, i + 1 :] @ theta[i + 1 :]) / R[i, i]
    return theta[1:], float(theta[0])
