# Wrong: returns the adjusted values in sorted order instead of the input order.
import numpy as np


def holm_adjusted(pvalues):
    p = np.sort(np.asarray(pvalues, dtype=float))
    m = p.size
    return np.maximum.accumulate(np.minimum(1.0, (m - np.arange(m)) * p)).tolist()
