"""Power of the two-sided two-proportion z-test, with the critical value from the standard
library's normal quantile (statistics.NormalDist) instead of a hand-written bisection."""
import math
from statistics import NormalDist


def _upper_tail(z):
    # P(Z > z) through erfc: no 1 - Phi(z) cancellation when the tail is small.
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def power_two_proportions(p1, p2, n, alpha):
    # P(Z < -z) = alpha / 2, taken on the lower side where alpha / 2 is exact.
    z_crit = -NormalDist().inv_cdf(alpha / 2.0)
    q1, q2 = 1.0 - p1, 1.0 - p2
    mid = (p1 + p2) / 2.0
    null_sd = math.sqrt(2.0 * mid * (1.0 - mid) / n)
    alt_sd = math.sqrt((p1 * q1 + p2 * q2) / n)
    shift = abs(p2 - p1)
    # The test rejects when |p̂2 - p̂1| > z_crit * null_sd; under the alternative the observed
    # difference is normal around `shift` (the sign does not matter by symmetry).
    far_side = _upper_tail((z_crit * null_sd - shift) / alt_sd)
    near_side = _upper_tail((z_crit * null_sd + shift) / alt_sd)
    return far_side + near_side
