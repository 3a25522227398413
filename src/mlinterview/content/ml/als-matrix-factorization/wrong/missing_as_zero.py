# Wrong: ignores the mask and fits the zeros of unobserved entries as if they were ratings.
import numpy as np


def als(R, mask, U0, V0, lam, n_sweeps):
    R = np.asarray(R, float)
    U, V = np.array(U0, float), np.array(V0, float)
    r = U.shape[1]
    loss = lambda: ((R - U @ V.T) ** 2).sum() + lam * ((U ** 2).sum() + (V ** 2).sum())
    losses = [loss()]
    for _ in range(n_sweeps):
        U = np.linalg.solve(V.T @ V + lam * np.eye(r), V.T @ R.T).T
        V = np.linalg.solve(U.T @ U + lam * np.eye(r), U.T @ R).T
        losses.append(loss())
    return U, V, np.array(losses)
