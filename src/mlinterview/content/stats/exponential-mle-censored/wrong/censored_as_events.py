# Wrong: treats censored times as if the subscriber had churned then (every row an event).
import numpy as np


def exponential_mle(times, observed):
    t = np.asarray(times, dtype=float)
    rate = t.size / t.sum()
    return [rate, rate / np.sqrt(t.size)]
