import numpy as np


def normal_mle(values, counts):
    x = np.asarray(values, dtype=float)
    w = np.asarray(counts, dtype=float)
    n = w.sum()
    # log L = -N/2 log(2π σ²) - sum_i c_i (x_i - μ)² / (2σ²).
    # ∂/∂μ = 0 gives the weighted mean; ∂/∂σ² = 0 gives the weighted mean squared deviation
    # (denominator N: the MLE, slightly biased low).
    mu = float(np.sum(w * x) / n)
    # Two passes: deviations first, so a large shared offset does not cancel the digits.
    sigma2 = float(np.sum(w * (x - mu) ** 2) / n)
    return [mu, sigma2]
