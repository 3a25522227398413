"""Wilson score interval as the two roots of
(1 + z^2/n) p^2 - (2 p̂ + z^2/n) p + p̂^2 = 0 (the values p with |p̂ - p| = z sqrt(p(1-p)/n)),
taken the numerically stable way: the larger root from the quadratic formula, whose terms
add, and the smaller one from the product of the roots, p̂^2 / (1 + z^2/n)."""
import math


def wilson_interval(successes, n, z):
    p_hat = successes / n
    shrink = z * z / n
    a = 1.0 + shrink
    b = 2.0 * p_hat + shrink
    # b^2 - 4 a p̂^2 written without its cancellation: 4 z^2 p̂ (1 - p̂) / n + z^4 / n^2.
    disc = 4.0 * shrink * p_hat * (1.0 - p_hat) + shrink * shrink
    upper = (b + math.sqrt(disc)) / (2.0 * a)
    lower = p_hat * p_hat / (a * upper) if successes > 0 else 0.0
    if successes == n:
        upper = 1.0
    return [max(0.0, lower), min(1.0, upper)]
