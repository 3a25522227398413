"""Bootstrap percentile interval from order statistics written out by hand: each resample is
sorted, its median read off the middle one or two entries (its mean from the row sum), and
the two interval ends interpolated between the sorted statistics as the contract describes."""
import math

import numpy as np


def _quantile(sorted_stats, level):
    h = (len(sorted_stats) - 1) * level
    low = math.floor(h)
    high = min(low + 1, len(sorted_stats) - 1)
    return sorted_stats[low] + (h - low) * (sorted_stats[high] - sorted_stats[low])


def bootstrap_percentile_ci(x, indices, confidence, statistic):
    data = np.asarray(x, dtype=float)
    rows = data[np.asarray(indices)]                 # shape (B, n): one resample per row
    n = rows.shape[1]
    if statistic == "mean":
        stats = rows.sum(axis=1) / n
    else:
        ordered = np.sort(rows, axis=1)
        if n % 2:
            stats = ordered[:, n // 2]
        else:
            stats = 0.5 * (ordered[:, n // 2 - 1] + ordered[:, n // 2])
    stats = sorted(stats.tolist())
    tail = (1.0 - confidence) / 2.0
    return [_quantile(stats, tail), _quantile(stats, 1.0 - tail)]
