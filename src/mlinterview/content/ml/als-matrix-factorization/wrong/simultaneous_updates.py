# Wrong: updates the item factors from the *old* user factors (both halves computed from the
# start of the sweep), instead of using the user factors just computed.
import numpy as np


def _rows(R, M, F, lam):
    n, r = F.shape
    A = (M @ (F[:, :, None] * F[:, None, :]).reshape(n, r * r)).reshape(-1, r, r) + lam * np.eye(r)
    return np.linalg.solve(A, ((M * R) @ F)[:, :, None])[:, :, 0]


def als(R, mask, U0, V0, lam, n_sweeps):
    R, M = np.asarray(R, float), np.asarray(mask, float)
    U, V = np.array(U0, float), np.array(V0, float)
    loss = lambda: ((M * (R - U @ V.T)) ** 2).sum() + lam * ((U ** 2).sum() + (V ** 2).sum())
    losses = [loss()]
    for _ in range(n_sweeps):
        U, V = _rows(R, M, V, lam), _rows(R.T, M.T, U, lam)
        losses.append(loss())
    return U, V, np.array(losses)
