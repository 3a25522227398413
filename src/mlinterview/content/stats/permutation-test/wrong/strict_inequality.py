# Wrong: counts only strictly more extreme shuffles, dropping the ties (which are common with
# integer data).
import numpy as np


def permutation_pvalue(a, b, perms):
    a, b = np.asarray(a, float), np.asarray(b, float)
    n1 = a.size
    obs = a.mean() - b.mean()
    sh = np.concatenate([a, b])[np.asarray(perms)]
    t = sh[:, :n1].mean(axis=1) - sh[:, n1:].mean(axis=1)
    return (1 + int(np.count_nonzero(np.abs(t) > abs(obs) + 1e-9))) / (len(t) + 1)
