# Wrong: cuts the full 1 - confidence from each tail (quantiles 1 - c and c) instead of half of
# it, which gives a narrower interval at a lower level.
import numpy as np


def bootstrap_percentile_ci(x, indices, confidence, statistic):
    x = np.asarray(x, dtype=float)
    res = x[np.asarray(indices)]
    stats = res.mean(axis=1) if statistic == "mean" else np.median(res, axis=1)
    lo, hi = np.quantile(stats, [1 - confidence, confidence])
    return [float(min(lo, hi)), float(max(lo, hi))]
