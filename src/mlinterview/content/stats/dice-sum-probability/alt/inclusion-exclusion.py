"""Probability that n fair s-sided dice sum to t, counted exactly: the number of ways is
sum_j (-1)^j C(n, j) C(t - j s - 1, n - 1) (stars and bars with at most s per die,
inclusion-exclusion over the dice that overflow). Python integers keep it exact; one division
by s^n rounds once."""
from math import comb


def dice_sum_probability(n, s, t):
    if t < n or t > n * s:
        return 0.0
    ways = 0
    j = 0
    while j <= n and t - j * s - 1 >= n - 1:
        term = comb(n, j) * comb(t - j * s - 1, n - 1)
        ways += -term if j % 2 else term
        j += 1
    return ways / s**n
