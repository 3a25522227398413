"""Permutation test, one relabelling at a time: for each row of `perms`, the pooled values it
sends to group A and to group B, and the difference of their means."""
import numpy as np


def permutation_pvalue(a, b, perms):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    n1 = a.size
    observed = abs(a.mean() - b.mean())
    as_extreme = 0
    for perm in np.asarray(perms, dtype=int):
        group_a = pooled[perm[:n1]]
        group_b = pooled[perm[n1:]]
        if abs(group_a.mean() - group_b.mean()) >= observed - 1e-9:
            as_extreme += 1
    # The observed labelling is one of the equally likely ones: it counts once more.
    return (as_extreme + 1) / (len(perms) + 1)
