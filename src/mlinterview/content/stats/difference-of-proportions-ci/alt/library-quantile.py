"""Wald interval for p1 - p2 with the critical value from statistics.NormalDist."""
import math
from statistics import NormalDist


def diff_proportions_ci(x1, n1, x2, n2, confidence):
    # The two-sided critical value leaves (1 - confidence) / 2 in each tail; take it from the
    # lower tail, where that probability is exact.
    z = -NormalDist().inv_cdf((1.0 - confidence) / 2.0)
    r1, r2 = x1 / n1, x2 / n2
    var = r1 * (1.0 - r1) / n1 + r2 * (1.0 - r2) / n2
    half = z * math.sqrt(var)
    centre = r1 - r2
    return [centre - half, centre + half]
