# Wrong for offset data: E[x^2] - E[x]^2 cancels catastrophically when all readings share a
# large offset.
import numpy as np


def normal_mle(values, counts):
    x, w = np.asarray(values, float), np.asarray(counts, float)
    n = w.sum()
    mu = float(np.sum(w * x) / n)
    return [mu, max(0.0, float(np.sum(w * x * x) / n - mu * mu))]
