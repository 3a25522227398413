# Wrong in the tails: Φ(b) - Φ(a) with Φ from erf. Both values round to 1 far in the upper
# tail and the difference comes out as 0.
import math


def normal_probability(mu, sigma, a, b):
    def cdf(x):
        return 0.5 * (1.0 + math.erf((x - mu) / (sigma * math.sqrt(2.0))))

    return cdf(b) - cdf(a)
