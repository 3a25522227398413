"""The plain way: a loop over the B resamples, each one's mean or median from NumPy, then the
two quantiles of the B statistics by NumPy's linear interpolation."""
import numpy as np


def bootstrap_percentile_ci(x, indices, confidence, statistic):
    summarise = np.mean if statistic == "mean" else np.median
    stats = [summarise(x[row]) for row in indices]
    tail = (1.0 - confidence) / 2.0
    lower, upper = np.quantile(stats, [tail, 1.0 - tail])
    return [float(lower), float(upper)]
