"""Birthday collision probability with a plain loop: sum log1p(-i/d) over the n people with
math.fsum (an exactly rounded sum), then 1 - exp(sum) as -expm1(sum)."""
import math


def birthday_collision(n, d):
    if n < 2:
        return 0.0
    if n > d:
        return 1.0
    log_distinct = math.fsum(math.log1p(-i / d) for i in range(1, n))
    return -math.expm1(log_distinct)
