# Wrong: picks order statistics by nearest rank (no interpolation), a different quantile rule
# from the one in the contract.
import numpy as np


def bootstrap_percentile_ci(x, indices, confidence, statistic):
    x = np.asarray(x, dtype=float)
    res = x[np.asarray(indices)]
    stats = np.sort(res.mean(axis=1) if statistic == "mean" else np.median(res, axis=1))
    B = stats.size
    a = (1 - confidence) / 2
    lo = stats[min(B - 1, max(0, int(np.ceil(a * B)) - 1))]
    hi = stats[min(B - 1, max(0, int(np.ceil((1 - a) * B)) - 1))]
    return [float(lo), float(hi)]
