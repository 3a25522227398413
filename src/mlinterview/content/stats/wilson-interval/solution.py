import math


def wilson_interval(successes, n, z):
    p_hat = successes / n
    z2 = z * z
    # Solving (p_hat - p)^2 <= z^2 p (1 - p) / n for p gives the interval
    #   center ∓ half, with
    #   center = (p_hat + z^2/(2n)) / (1 + z^2/n)
    #   half   = z / (1 + z^2/n) * sqrt(p_hat (1 - p_hat)/n + z^2/(4 n^2))
    # written here with counts to avoid tiny intermediate quotients.
    denom = n + z2
    center = (successes + z2 / 2.0) / denom
    half = z / denom * math.sqrt(successes * (n - successes) / n + z2 / 4.0)
    lower = max(0.0, center - half)
    upper = min(1.0, center + half)
    # With 0 successes the lower end is exactly 0 (and the upper end 1 with n successes);
    # the subtraction above can leave a rounding residue of ~1e-17.
    if successes == 0:
        lower = 0.0
    if successes == n:
        upper = 1.0
    return [lower, upper]
