import math

import numpy as np


def birthday_collision(n, d):
    # Nobody to collide with, or more people than days (pigeonhole).
    if n <= 1:
        return 0.0
    if n > d:
        return 1.0
    # Complement: P(all distinct) = prod_{i=0}^{n-1} (1 - i/d). Summing logs avoids the
    # underflow of a long product; log1p keeps precision when i/d is tiny.
    i = np.arange(n, dtype=float)
    log_all_distinct = float(np.sum(np.log1p(-i / d)))
    # 1 - exp(x) written as -expm1(x): exact even when the answer is ~1e-9 (huge d).
    return float(-math.expm1(log_all_distinct))
