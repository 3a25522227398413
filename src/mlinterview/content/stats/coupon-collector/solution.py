import numpy as np


def expected_draws(n, k):
    # Split the wait into phases: phase i (i = 0..k-1) starts with i types already owned and
    # ends at the next new type. Each draw is new with probability (n - i)/n, so the phase
    # length is geometric with mean n / (n - i). Linearity of expectation adds the phases.
    owned = np.arange(k, dtype=float)
    return float(np.sum(n / (n - owned)))
