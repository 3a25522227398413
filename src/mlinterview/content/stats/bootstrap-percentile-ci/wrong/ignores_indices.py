# Wrong: applies the indices to the sorted data instead of the data as given.
import numpy as np


def bootstrap_percentile_ci(x, indices, confidence, statistic):
    x = np.sort(np.asarray(x, dtype=float))
    res = x[np.asarray(indices)]
    stats = res.mean(axis=1) if statistic == "mean" else np.median(res, axis=1)
    a = (1 - confidence) / 2
    lo, hi = np.quantile(stats, [a, 1 - a])
    return [float(lo), float(hi)]
