# Wrong: scales by m / rank but skips the running minimum, so a hypothesis just above a passing
# rank is not rejected (it treats BH as if it stopped at the first failure).
import numpy as np


def bh_adjusted(pvalues):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p, kind="stable")
    adj = np.empty(m)
    adj[order] = np.minimum(1.0, p[order] * m / np.arange(1, m + 1))
    return adj.tolist()
