# Wrong: uses the unpooled standard error (each arm's own rate), which belongs to the
# confidence interval for the difference, not to the test of H0: p1 = p2.
import math


def two_proportion_z_test(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    if se == 0:
        se = 1e-300
    z = (p1 - p2) / se
    return [z, math.erfc(abs(z) / math.sqrt(2))]
