# Wrong: multiplies by rank / m instead of m / rank.
import numpy as np


def bh_adjusted(pvalues):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p, kind="stable")
    s = p[order] * np.arange(1, m + 1) / m
    s = np.minimum(np.minimum.accumulate(s[::-1])[::-1], 1.0)
    adj = np.empty(m)
    adj[order] = s
    return adj.tolist()
