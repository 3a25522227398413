"""Exponential rate MLE under right censoring with plain Python sums: the number of events and
the total time at risk (math.fsum, exactly rounded), then rate = d / T and se = rate / sqrt(d)."""
import math


def exponential_mle(times, observed):
    events = sum(1 for flag in observed.tolist() if flag)
    at_risk = math.fsum(times.tolist())
    rate = events / at_risk
    return [rate, rate / math.sqrt(events)]
