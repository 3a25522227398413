import numpy as np


def bh_adjusted(pvalues):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p, kind="stable")
    sorted_p = p[order]
    ranks = np.arange(1, m + 1)
    # The k-th smallest is compared with k q / m, i.e. its p-value is scaled by m / k.
    scaled = sorted_p * m / ranks
    # Step-up: if rank j passes, every smaller rank is rejected too, so each adjusted value is
    # the smallest scaled value at or above its rank (running minimum from the top).
    adjusted_sorted = np.minimum.accumulate(scaled[::-1])[::-1]
    adjusted_sorted = np.minimum(adjusted_sorted, 1.0)
    adjusted = np.empty(m)
    adjusted[order] = adjusted_sorted   # back to the input order
    return adjusted.tolist()
