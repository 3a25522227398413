"""Gambler's ruin as a ratio of geometric sums: with r = q / p, P_i = sum_{j < i} r^j /
sum_{j < N} r^j. For r > 1 both sums are divided by r^(N - 1), which turns them into sums of
powers of 1 / r; either way every term is a power below 1 and nothing cancels."""
import math

import numpy as np


def reach_target_probability(start, target, p):
    if start <= 0:
        return 0.0
    if start >= target:
        return 1.0
    if p >= 1.0:
        return 1.0
    if p <= 0.0:
        return 0.0
    log_r = math.log1p(-p) - math.log(p)
    if log_r == 0.0:
        return start / target
    if log_r < 0.0:
        powers = np.exp(np.arange(target) * log_r)          # r^j, j = 0..N-1
        return float(powers[:start].sum() / powers.sum())
    # r > 1: r^j / r^(N-1) = s^(N-1-j) with s = 1/r < 1.
    powers = np.exp(-np.arange(target) * log_r)              # s^m, m = 0..N-1
    return float(powers[target - start:].sum() / powers.sum())
