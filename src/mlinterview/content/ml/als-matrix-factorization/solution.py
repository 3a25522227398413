import numpy as np


def _loss(R, M, U, V, lam):
    residual = M * (R - U @ V.T)  # only observed entries count
    return (residual ** 2).sum() + lam * ((U ** 2).sum() + (V ** 2).sum())


def _solve_rows(R, M, F, lam):
    # With the other factor F fixed, row i of the factor being updated solves its own ridge
    # regression on the entries observed in row i of R:
    #     (sum_j M_ij f_j f_j^T + lam I) x_i = sum_j M_ij R_ij f_j
    # All rows at once: a batch of r x r systems. The Gram matrices are one matrix product of
    # the mask with the flattened outer products f_j f_j^T (much faster than a 4-index einsum).
    n, r = F.shape
    outer = (F[:, :, None] * F[:, None, :]).reshape(n, r * r)
    A = (M @ outer).reshape(-1, r, r) + lam * np.eye(r)
    b = (M * R) @ F
    return np.linalg.solve(A, b[:, :, None])[:, :, 0]


def als(R, mask, U0, V0, lam, n_sweeps):
    R = np.asarray(R, dtype=float)
    M = np.asarray(mask, dtype=float)
    U = np.array(U0, dtype=float)
    V = np.array(V0, dtype=float)
    losses = [_loss(R, M, U, V, lam)]
    for _ in range(n_sweeps):
        U = _solve_rows(R, M, V, lam)        # all users, V fixed
        V = _solve_rows(R.T, M.T, U, lam)    # all items, using the *new* U
        # Each half-step is an exact minimisation, so the loss can only go down.
        losses.append(_loss(R, M, U, V, lam))
    return U, V, np.array(losses)
