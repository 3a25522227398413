# Wrong: updates the second parameter with the number of trials (successes + failures)
# instead of the number of failures.
import math


def _cdf(x, a, b, steps=4000):
    # Simpson's rule on the log-density (crude but adequate to show the mistake).
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    lb = math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    h = x / steps
    total = 0.0
    for i in range(steps + 1):
        t = min(max(i * h, 1e-300), 1 - 1e-16)
        w = 1 if i in (0, steps) else (4 if i % 2 else 2)
        total += w * math.exp((a - 1) * math.log(t) + (b - 1) * math.log1p(-t) - lb)
    return total * h / 3


def _quantile(q, a, b):
    lo, hi = 0.0, 1.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if _cdf(mid, a, b) < q:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def beta_posterior(a, b, successes, failures, level):
    A = a + successes
    B = b + successes + failures
    tail = (1 - level) / 2
    return [A / (A + B), _quantile(tail, A, B), _quantile(1 - tail, A, B)]
