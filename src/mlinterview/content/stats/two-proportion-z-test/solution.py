import math


def two_proportion_z_test(x1, n1, x2, n2):
    p1 = x1 / n1
    p2 = x2 / n2
    # Under H0 both arms have the same rate; its best estimate uses all the data.
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2))
    z = (p1 - p2) / se
    # Two-sided normal tail, accurate even when it is tiny.
    p_value = math.erfc(abs(z) / math.sqrt(2.0))
    return [z, p_value]
