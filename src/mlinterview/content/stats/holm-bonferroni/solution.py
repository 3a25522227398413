import numpy as np


def holm_adjusted(pvalues):
    p = np.asarray(pvalues, dtype=float)
    m = p.size
    order = np.argsort(p, kind="stable")
    sorted_p = p[order]
    # The k-th smallest (1-based) is compared with alpha / (m - k + 1): equivalently its
    # p-value is multiplied by m - k + 1.
    multipliers = m - np.arange(m)
    scaled = np.minimum(1.0, multipliers * sorted_p)
    # Step-down: a hypothesis can only be rejected if all smaller ones were, so its adjusted
    # value is the largest scaled value up to its rank.
    adjusted_sorted = np.maximum.accumulate(scaled)
    adjusted = np.empty(m)
    adjusted[order] = adjusted_sorted   # back to the input order
    return adjusted.tolist()
