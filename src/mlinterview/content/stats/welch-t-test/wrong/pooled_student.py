# Wrong: Student's pooled-variance t-test (equal variances assumed), with df = n1 + n2 - 2.
import math

import numpy as np


def _tail2(t, df, steps=20000):
    # P(|T| >= |t|) by Simpson's rule on the density over [0, |t|] (adequate here).
    t = abs(t)
    if t == 0:
        return 1.0
    c = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(df * math.pi)
    h = t / steps
    s = 0.0
    for i in range(steps + 1):
        w = 1 if i in (0, steps) else (4 if i % 2 else 2)
        s += w * c * (1 + (i * h) ** 2 / df) ** (-(df + 1) / 2)
    return max(0.0, 1.0 - 2 * s * h / 3)


def welch_t_test(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    n1, n2 = a.size, b.size
    sp2 = ((n1 - 1) * a.var(ddof=1) + (n2 - 1) * b.var(ddof=1)) / (n1 + n2 - 2)
    t = float((a.mean() - b.mean()) / math.sqrt(sp2 * (1 / n1 + 1 / n2)))
    df = float(n1 + n2 - 2)
    return [t, df, _tail2(t, df)]
