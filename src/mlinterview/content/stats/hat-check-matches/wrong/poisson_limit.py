# Wrong: uses the n -> infinity limit, the Poisson(1) probability e^-1 / m!, for every n.
import math


def exactly_m_matches(n, m):
    return math.exp(-1.0 - math.lgamma(m + 1))
