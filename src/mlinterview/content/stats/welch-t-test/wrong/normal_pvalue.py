# Wrong: right t and df, but the p-value comes from the normal distribution instead of the t
# distribution with df degrees of freedom (too small for small samples).
import math

import numpy as np


def welch_t_test(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    v1, v2 = a.var(ddof=1) / a.size, b.var(ddof=1) / b.size
    t = float((a.mean() - b.mean()) / math.sqrt(v1 + v2))
    df = float((v1 + v2) ** 2 / (v1 ** 2 / (a.size - 1) + v2 ** 2 / (b.size - 1)))
    return [t, df, math.erfc(abs(t) / math.sqrt(2))]
