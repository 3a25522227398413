# Wrong: returns the probability that all birthdays are distinct, forgetting that the
# question asks for the complement.
import math


def birthday_collision(n, d):
    if n > d:
        return 0.0
    log_p = sum(math.log1p(-i / d) for i in range(n))
    return math.exp(log_p)
