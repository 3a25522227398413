"""Expected draws to collect k of n coupon types: add the phase means n / (n - i) in a plain
loop, from the longest phase down, with math.fsum (an exactly rounded sum)."""
import math


def expected_draws(n, k):
    return math.fsum(n / (n - owned) for owned in range(k - 1, -1, -1))
