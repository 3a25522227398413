import numpy as np


def exponential_mle(times, observed):
    t = np.asarray(times, dtype=float)
    events = int(np.count_nonzero(observed))
    exposure = float(t.sum())
    # log L(λ) = sum_events (log λ - λ t_i) + sum_censored (-λ t_i) = d log λ - λ T,
    # with d events and T total time at risk (events and censored alike).
    # d/dλ: d/λ - T = 0  ->  λ̂ = d / T.
    rate = events / exposure
    # Observed information: -d²/dλ² log L = d / λ², so se = λ̂ / sqrt(d).
    se = rate / np.sqrt(events)
    return [rate, float(se)]
