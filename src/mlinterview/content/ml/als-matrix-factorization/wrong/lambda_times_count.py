# Wrong: scales the penalty of each row by its number of observed entries (the "weighted-lambda"
# variant, ALS-WR). That minimises a different objective from the one stated.
import numpy as np


def _rows(R, M, F, lam):
    counts = M.sum(axis=1)
    n, r = F.shape
    A = (M @ (F[:, :, None] * F[:, None, :]).reshape(n, r * r)).reshape(-1, r, r) + (lam * np.maximum(counts, 1))[:, None, None] * np.eye(F.shape[1])
    return np.linalg.solve(A, ((M * R) @ F)[:, :, None])[:, :, 0]


def als(R, mask, U0, V0, lam, n_sweeps):
    R, M = np.asarray(R, float), np.asarray(mask, float)
    U, V = np.array(U0, float), np.array(V0, float)
    loss = lambda: ((M * (R - U @ V.T)) ** 2).sum() + lam * ((U ** 2).sum() + (V ** 2).sum())
    losses = [loss()]
    for _ in range(n_sweeps):
        U = _rows(R, M, V, lam)
        V = _rows(R.T, M.T, U, lam)
        losses.append(loss())
    return U, V, np.array(losses)
