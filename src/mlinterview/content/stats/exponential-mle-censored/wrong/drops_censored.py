# Wrong: discards the censored subscribers and fits the events alone (1 / mean event time),
# which overestimates the rate: the long-lived customers are exactly the censored ones.
import numpy as np


def exponential_mle(times, observed):
    t = np.asarray(times, dtype=float)[np.asarray(observed) == 1]
    rate = t.size / t.sum()
    return [rate, rate / np.sqrt(t.size)]
