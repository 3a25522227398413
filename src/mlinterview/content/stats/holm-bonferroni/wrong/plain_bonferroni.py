# Wrong: plain Bonferroni, min(1, m p), which is valid but more conservative than Holm.
import numpy as np


def holm_adjusted(pvalues):
    p = np.asarray(pvalues, dtype=float)
    return np.minimum(1.0, p.size * p).tolist()
