"""Normal quantile: statistics.NormalDist's inverse cdf as a starting point, polished by two
Newton steps on the tail probability computed with erfc (accurate far into the tails)."""
import math
from statistics import NormalDist

ROOT2 = math.sqrt(2.0)


def normal_quantile(p, mu, sigma):
    # Work on the side where the tail probability is small and exact: 1 - p is exact for p >= 1/2.
    lower = p <= 0.5
    tail = p if lower else 1.0 - p
    z = NormalDist().inv_cdf(tail)            # z <= 0 with Phi(z) = tail
    for _ in range(2):
        cdf = 0.5 * math.erfc(-z / ROOT2)
        dens = math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
        if dens == 0.0:
            break
        # Newton on log Phi(z) = log(tail): well scaled even when tail is 1e-300.
        z -= (math.log(cdf) - math.log(tail)) * cdf / dens
    return mu + sigma * (z if lower else -z)
