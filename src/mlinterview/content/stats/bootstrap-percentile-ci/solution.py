import numpy as np


def bootstrap_percentile_ci(x, indices, confidence, statistic):
    x = np.asarray(x, dtype=float)
    idx = np.asarray(indices, dtype=int)
    # Fancy indexing builds every resample at once: row b is x[idx[b]].
    resamples = x[idx]
    if statistic == "mean":
        stats = resamples.mean(axis=1)
    elif statistic == "median":
        stats = np.median(resamples, axis=1)
    else:
        raise ValueError(f"unknown statistic {statistic!r}")
    # Equal-tailed: (1 - confidence)/2 of the bootstrap distribution below, the same above.
    alpha = 1.0 - confidence
    lower, upper = np.quantile(stats, [alpha / 2.0, 1.0 - alpha / 2.0])  # linear interpolation
    return [float(lower), float(upper)]
