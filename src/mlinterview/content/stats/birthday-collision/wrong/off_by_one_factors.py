# Wrong: multiplies (1 - i/d) for i = 1..n instead of i = 0..n-1, one factor too many.
import math


def birthday_collision(n, d):
    if n <= 1:
        return 0.0
    if n >= d:
        return 1.0
    log_p = sum(math.log1p(-i / d) for i in range(1, n + 1))
    return -math.expm1(log_p)
