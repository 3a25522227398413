"""Tests, intervals, power and multiple comparisons: every reference against a 50-digit mpmath
or exact rational oracle on every case, within a tenth of the stated tolerance (see
``highprec``).

The bootstrap and the permutation test are simulations in the learner's world, but here their
resamples and shuffles are arguments, so the answer is deterministic: the oracle recomputes each
statistic exactly (integer sums of the doubles) and the quantile or the count exactly too.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import mpmath
import pytest
from highprec import check_problem, exact, mean_and_ss, mpf, phi_inv, scaled

M = mpmath


def _power(p1: Any, p2: Any, n: Any, z_a: Any) -> Any:
    bar = (p1 + p2) / 2
    delta = p2 - p1
    sd0 = M.sqrt(2 * bar * (1 - bar) / n)
    sd1 = M.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
    return M.ncdf((delta - z_a * sd0) / sd1) + M.ncdf((-delta - z_a * sd0) / sd1)


def ab_power(p1: float, p2: float, n: int, alpha: float) -> Any:
    return _power(mpf(p1), mpf(p2), n, phi_inv(1 - mpf(alpha) / 2))


def _rhs(p1: Any, d: Any, z_a: Any, z_b: Any) -> Any:
    p2 = p1 + d
    bar = (p1 + p2) / 2
    return z_a * M.sqrt(2 * bar * (1 - bar)) + z_b * M.sqrt(p1 * (1 - p1) + p2 * (1 - p2))


def sample_size(p1: float, p2: float, alpha: float, power: float) -> int:
    P1, P2 = mpf(p1), mpf(p2)
    n = _rhs(P1, P2 - P1, phi_inv(1 - mpf(alpha) / 2), phi_inv(mpf(power))) ** 2 / (P1 - P2) ** 2
    return int(M.ceil(n))


def mde(p1: float, n: int, alpha: float, power: float) -> Any:
    P1 = mpf(p1)
    z_a, z_b = phi_inv(1 - mpf(alpha) / 2), phi_inv(mpf(power))
    lo, hi = M.mpf(0), 1 - P1  # the gap is negative at 0 and positive at 1 - p1: bisect
    for _ in range(180):
        mid = (lo + hi) / 2
        if M.sqrt(n) * mid - _rhs(P1, mid, z_a, z_b) < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _step(pvalues: list[float], reverse: bool) -> list[Any]:
    """BH (step-up, running minimum from the top) or Holm (step-down, running maximum)."""
    m = len(pvalues)
    order = sorted(range(m), key=lambda i: pvalues[i])
    out: list[Any] = [0] * m
    running = M.mpf(1) if reverse else M.mpf(0)
    ranks = range(m, 0, -1) if reverse else range(1, m + 1)
    for rank in ranks:
        i = order[rank - 1]
        if reverse:
            running = min(running, min(M.mpf(1), m * mpf(pvalues[i]) / rank))
        else:
            running = max(running, min(M.mpf(1), (m - rank + 1) * mpf(pvalues[i])))
        out[i] = running
    return out


def bh(pvalues: list[float]) -> list[Any]:
    return _step(pvalues, reverse=True)


def holm(pvalues: list[float]) -> list[Any]:
    return _step(pvalues, reverse=False)


def _quantile(sorted_values: list[int], q: Fraction, denominator: int) -> Fraction:
    h = (len(sorted_values) - 1) * q
    low = math.floor(h)
    if low + 1 >= len(sorted_values):
        return Fraction(sorted_values[-1], denominator)
    step = sorted_values[low + 1] - sorted_values[low]
    return (sorted_values[low] + (h - low) * step) / denominator


def bootstrap(x: Any, indices: Any, confidence: float, statistic: str) -> list[Fraction]:
    ints, unit = scaled(x.tolist())  # exact: x = ints / unit
    n = len(ints)
    # every statistic as an integer over one denominator: sorting them sorts the statistics
    if statistic == "mean":
        stats = [sum(ints[i] for i in row) for row in indices.tolist()]
        denominator = n * unit
    else:
        stats = []
        for row in indices.tolist():
            values = sorted(ints[i] for i in row)
            mid = n // 2
            stats.append(2 * values[mid] if n % 2 else values[mid - 1] + values[mid])
        denominator = 2 * unit
    stats.sort()
    c = exact(confidence)
    return [_quantile(stats, (1 - c) / 2, denominator), _quantile(stats, (1 + c) / 2, denominator)]


def permutation(a: Any, b: Any, perms: Any) -> Fraction:
    n1, n2 = len(a), len(b)
    ints, unit = scaled([*a.tolist(), *b.tolist()])
    total = sum(ints)

    def scaled_stat(group_a_sum: int) -> int:  # (mean(A) - mean(B)) * n1 * n2 * unit, exactly
        return n2 * group_a_sum - n1 * (total - group_a_sum)

    scale = n1 * n2 * unit
    bar = Fraction(abs(scaled_stat(sum(ints[:n1]))), scale) - Fraction(1e-9)
    hits = sum(
        1
        for row in perms.tolist()
        if Fraction(abs(scaled_stat(sum(ints[i] for i in row[:n1]))), scale) >= bar
    )
    return Fraction(1 + hits, len(perms) + 1)


def chi_squared(table: list[list[int]], yates: bool) -> list[Any]:
    rows = [sum(r) for r in table]
    cols = [table[0][j] + table[1][j] for j in range(2)]
    total = sum(rows)
    stat = Fraction(0)
    for i in range(2):
        for j in range(2):
            e = Fraction(rows[i] * cols[j], total)
            gap = abs(table[i][j] - e) - (Fraction(1, 2) if yates else 0)
            stat += max(gap, Fraction(0)) ** 2 / e
    return [stat, M.erfc(M.sqrt(mpf(stat) / 2))]


def fisher(table: list[list[int]]) -> Any:
    (a, b), (c, d) = table
    r1, r2, c1 = a + b, c + d, a + c
    n = r1 + r2
    if 0 in (r1, r2, c1, n - c1):
        return 1

    lo, hi = max(0, c1 - r2), min(r1, c1)
    # P(lo) once from log-gammas, the others by the exact ratio P(x + 1) / P(x)
    first = M.exp(
        M.loggamma(r1 + 1)
        - M.loggamma(lo + 1)
        - M.loggamma(r1 - lo + 1)
        + M.loggamma(r2 + 1)
        - M.loggamma(c1 - lo + 1)
        - M.loggamma(r2 - c1 + lo + 1)
        - M.loggamma(n + 1)
        + M.loggamma(c1 + 1)
        + M.loggamma(n - c1 + 1)
    )
    probabilities = [first]
    for x in range(lo, hi):
        probabilities.append(probabilities[-1] * (r1 - x) * (c1 - x) / ((x + 1) * (r2 - c1 + x + 1)))
    limit = probabilities[a - lo] * (1 + M.mpf("1e-7"))
    return min(M.fsum(q for q in probabilities if q <= limit), M.mpf(1))


def diff_ci(x1: int, n1: int, x2: int, n2: int, confidence: float) -> list[Any]:
    p1, p2 = M.mpf(x1) / n1, M.mpf(x2) / n2
    se = M.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    z = phi_inv((1 + mpf(confidence)) / 2)
    return [p1 - p2 - z * se, p1 - p2 + z * se]


def z_test(x: Any, mu0: float, sigma: float, alternative: str) -> list[Any]:
    mean, _ = mean_and_ss(x.tolist())
    z = (mpf(mean) - mpf(mu0)) / (mpf(sigma) / M.sqrt(len(x)))
    if alternative == "two-sided":
        p = M.erfc(abs(z) / M.sqrt(2))
    elif alternative == "greater":
        p = M.erfc(z / M.sqrt(2)) / 2
    else:
        p = M.erfc(-z / M.sqrt(2)) / 2
    return [z, p]


def t_interval(x: Any, t_crit: float) -> list[Any]:
    n = len(x)
    mean, ss = mean_and_ss(x.tolist())
    half = mpf(t_crit) * M.sqrt(mpf(ss) / (n - 1)) / M.sqrt(n)
    return [mpf(mean) - half, mpf(mean) + half]


def two_proportion(x1: int, n1: int, x2: int, n2: int) -> list[Any]:
    bar = M.mpf(x1 + x2) / (n1 + n2)
    se = M.sqrt(bar * (1 - bar) * (M.mpf(1) / n1 + M.mpf(1) / n2))
    z = (M.mpf(x1) / n1 - M.mpf(x2) / n2) / se
    return [z, M.erfc(abs(z) / M.sqrt(2))]


def welch(a: Any, b: Any) -> list[Any]:
    n1, n2 = len(a), len(b)
    m1, ss1 = mean_and_ss(a.tolist())
    m2, ss2 = mean_and_ss(b.tolist())
    v1, v2 = mpf(ss1) / (n1 - 1) / n1, mpf(ss2) / (n2 - 1) / n2
    t = (mpf(m1) - mpf(m2)) / M.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1**2 / (n1 - 1) + v2**2 / (n2 - 1))
    p = M.betainc(df / 2, M.mpf(1) / 2, 0, df / (df + t * t), regularized=True)
    return [t, df, p]


def wilson(successes: int, n: int, z: float) -> list[Any]:
    Z = mpf(z)
    p = M.mpf(successes) / n
    denominator = 1 + Z**2 / n
    centre = (p + Z**2 / (2 * n)) / denominator
    half = Z / denominator * M.sqrt(p * (1 - p) / n + Z**2 / (4 * n * n))
    return [max(centre - half, M.mpf(0)), min(centre + half, M.mpf(1))]


ORACLES = {
    "ab-test-power": ab_power,
    "ab-test-sample-size": sample_size,
    "benjamini-hochberg": bh,
    "bootstrap-percentile-ci": bootstrap,
    "chi-squared-2x2": chi_squared,
    "difference-of-proportions-ci": diff_ci,
    "fisher-exact-2x2": fisher,
    "holm-bonferroni": holm,
    "minimum-detectable-effect": mde,
    "one-sample-z-test": z_test,
    "permutation-test": permutation,
    "t-confidence-interval": t_interval,
    "two-proportion-z-test": two_proportion,
    "welch-t-test": welch,
    "wilson-interval": wilson,
}


@pytest.mark.parametrize("slug", sorted(ORACLES))
def test_reference_agrees_with_a_50_digit_oracle(slug: str) -> None:
    assert check_problem(slug, ORACLES[slug]) >= 3


def test_every_statistics_problem_has_an_oracle() -> None:
    from highprec import slugs
    from test_high_precision_probability import ORACLES as PROBABILITY

    assert set(slugs()) == set(ORACLES) | set(PROBABILITY)
    assert not set(ORACLES) & set(PROBABILITY)
