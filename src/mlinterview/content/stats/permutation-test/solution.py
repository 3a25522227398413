import numpy as np


def permutation_pvalue(a, b, perms):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    perms = np.asarray(perms, dtype=int)
    n1 = a.size
    observed = a.mean() - b.mean()
    pooled = np.concatenate([a, b])
    # Relabel every permutation at once: row i holds the pooled data in permuted order; the
    # first n1 entries form group A, the rest group B.
    shuffled = pooled[perms]
    stats = shuffled[:, :n1].mean(axis=1) - shuffled[:, n1:].mean(axis=1)
    # Two-sided: as extreme in either direction; the slack keeps rounding ties.
    extreme = np.count_nonzero(np.abs(stats) >= abs(observed) - 1e-9)
    # The observed labelling counts as one more permutation.
    return (1 + int(extreme)) / (perms.shape[0] + 1)
