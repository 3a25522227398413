# Wrong: a short rational approximation (about 3 correct decimals) with no refinement.
import math


def normal_quantile(p, mu, sigma):
    q = p if p < 0.5 else 1 - p
    t = math.sqrt(-2 * math.log(q))
    z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (
        1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t ** 3)
    return mu + sigma * (-z if p < 0.5 else z)
