# Wrong: takes the running minimum from the smallest p-value upwards instead of from the
# largest downwards.
import numpy as np


def bh_adjusted(pvalues):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p, kind="stable")
    s = np.minimum(np.minimum.accumulate(p[order] * m / np.arange(1, m + 1)), 1.0)
    adj = np.empty(m)
    adj[order] = s
    return adj.tolist()
