# Wrong: divides by N - 1 (the unbiased sample variance) instead of N (the MLE).
import numpy as np


def normal_mle(values, counts):
    x, w = np.asarray(values, float), np.asarray(counts, float)
    n = w.sum()
    mu = float(np.sum(w * x) / n)
    return [mu, float(np.sum(w * (x - mu) ** 2) / max(n - 1, 1))]
