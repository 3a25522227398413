"""t confidence interval for a mean with exactly rounded sums: the mean and the sum of squared
deviations each a math.fsum, two passes over the data."""
import math


def mean_confidence_interval(x, t_crit):
    n = x.size
    mean = math.fsum(x.tolist()) / n
    deviations = x - mean
    ss = math.fsum((deviations * deviations).tolist())
    half = t_crit * math.sqrt(ss / (n - 1)) / math.sqrt(n)
    return [mean - half, mean + half]
