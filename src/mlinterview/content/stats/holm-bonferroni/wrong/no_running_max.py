# Wrong: multiplies by m - k + 1 but forgets the running maximum, so adjusted values can
# decrease with rank and a hypothesis can be "rejected" after the procedure has stopped.
import numpy as np


def holm_adjusted(pvalues):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p, kind="stable")
    adj = np.empty(m)
    adj[order] = np.minimum(1.0, (m - np.arange(m)) * p[order])
    return adj.tolist()
