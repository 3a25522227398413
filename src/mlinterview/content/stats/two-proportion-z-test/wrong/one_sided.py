# Wrong: reports a one-sided p-value P(Z >= |z|) for a two-sided test.
import math


def two_proportion_z_test(x1, n1, x2, n2):
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (x1 / n1 - x2 / n2) / se
    return [z, 0.5 * math.erfc(abs(z) / math.sqrt(2))]
