# Plain and correct: the sweep exactly as the statement writes it, one small ridge solve per user
# and then per item, in a Python loop. Slower than the batched reference by a constant factor only.
import numpy as np


def _loss(R, M, U, V, lam):
    residual = M * (R - U @ V.T)
    return float((residual ** 2).sum() + lam * ((U ** 2).sum() + (V ** 2).sum()))


def als(R, mask, U0, V0, lam, n_sweeps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask) == 1
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    r = U.shape[1]
    eye = lam * np.eye(r)
    losses = [_loss(R, M, U, V, lam)]
    for _ in range(n_sweeps):
        for i in range(U.shape[0]):
            F = V[M[i]]
            U[i] = np.linalg.solve(F.T @ F + eye, F.T @ R[i, M[i]])
        for j in range(V.shape[0]):
            F = U[M[:, j]]
            V[j] = np.linalg.solve(F.T @ F + eye, F.T @ R[M[:, j], j])
        losses.append(_loss(R, M, U, V, lam))
    return U, V, losses
