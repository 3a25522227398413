"""Probability, distributions and estimation: every reference against a 50-digit mpmath or exact
rational oracle on every case, within a tenth of the stated tolerance (see ``highprec``)."""

from __future__ import annotations

import math
from fractions import Fraction
from itertools import combinations
from typing import Any

import mpmath
import pytest
import scipy.special
from highprec import check_problem, exact, exact_sum, mpf, phi_inv

M = mpmath


def _pmf_sum(first: Any, ratio: Any, start: int, stop: int, step: int) -> Any:
    """sum of terms from ``first`` (index ``start``) on, each term = previous * ratio(index),
    until ``stop`` or until a term no longer moves the 50-digit sum."""
    total, term, j = M.mpf(0), first, start
    while j != stop and term != 0:
        total += term
        if term < total * M.mpf(10) ** -60:
            break
        term *= ratio(j)
        j += step
    return total


def binomial_pmf_cdf(n: int, p: float, k: int) -> list[Any]:
    P = mpf(p)
    if k < 0:
        return [0, 0]
    if k >= n:
        return [(P**n if k == n else 0), 1]
    pmf = M.binomial(n, k) * P**k * (1 - P) ** (n - k)
    if P in (0, 1):
        return [pmf, 1 if P == 0 else 0]
    odds = P / (1 - P)
    if k < n * P:  # lower tail, summed downwards from k
        return [pmf, _pmf_sum(pmf, lambda j: j / ((n - j + 1) * odds), k, -1, -1)]
    # upper tail, summed upwards from k + 1; the cdf is 1 minus it (no cancellation: cdf >= ~1/2)
    upper = _pmf_sum(pmf * (n - k) * odds / (k + 1), lambda j: (n - j) * odds / (j + 1), k + 1, n + 1, 1)
    return [pmf, 1 - upper]


def birthday_collision(n: int, d: int) -> Any:
    if n <= 1:
        return 0
    if n > d:
        return 1
    log_none = M.loggamma(d + 1) - M.loggamma(d - n + 1) - n * M.log(d)
    return -M.expm1(log_none)


def coupon_collector(n: int, k: int) -> Any:
    return n * (M.harmonic(n) - M.harmonic(n - k))


def diagnostic_posterior(
    prevalence: float, sensitivity: float, specificity: float, results: list[int]
) -> Any:
    pos = sum(results)
    neg = len(results) - pos
    prev, sens, spec = mpf(prevalence), mpf(sensitivity), mpf(specificity)
    sick = prev * sens**pos * (1 - sens) ** neg
    healthy = (1 - prev) * (1 - spec) ** pos * spec**neg
    return sick / (sick + healthy)


def _sum_of_powers_below(s: int, n: int) -> Any:
    """sum_{j=1}^{s-1} (j/s)^n: exact integers for small n, else downward until negligible."""
    if n <= 3:
        return mpf(Fraction(sum(j**n for j in range(1, s)), s**n))
    total = M.mpf(0)
    for j in range(s - 1, 0, -1):
        term = (M.mpf(j) / s) ** n
        total += term
        if term < total * M.mpf(10) ** -60:
            break
    return total


def dice_max_min(n: int, s: int) -> list[Any]:
    top = s - _sum_of_powers_below(s, n)
    return [top, s + 1 - top]  # min and max are mirror images: E[min] = s + 1 - E[max]


def dice_sum(n: int, s: int, t: int) -> Fraction:
    if not n <= t <= n * s:
        return Fraction(0)
    ways = sum(
        (-1) ** k * math.comb(n, k) * math.comb(t - s * k - 1, n - 1) for k in range(0, (t - n) // s + 1)
    )
    return Fraction(ways, s**n)


def distinct_faces(n: int, d: int) -> list[Any]:
    D = M.mpf(d)
    q1 = (1 - 1 / D) ** n
    q2 = (1 - 2 / D) ** n
    mean = D * (1 - q1)
    var = D * (D - 1) * q2 + D * q1 - D * D * q1 * q1
    return [mean, var]


def last_finisher(rates: list[float]) -> Fraction:
    total = Fraction(0)
    exact_rates = [exact(r) for r in rates]
    for size in range(1, len(rates) + 1):
        sign = 1 if size % 2 else -1
        for subset in combinations(exact_rates, size):
            total += sign / sum(subset)
    return total


def exponential_mle(times: Any, observed: Any) -> list[Any]:
    events = int(sum(int(o) for o in observed))
    rate = Fraction(events) / exact_sum(times)
    return [rate, mpf(rate) / M.sqrt(events)]  # I(rate) = events / rate^2


def first_special(N: int, K: int) -> list[Fraction]:
    mean = Fraction(N + 1, K + 1)
    var = Fraction(K * (N + 1) * (N - K), (K + 1) ** 2 * (K + 2))
    return [mean, var]


def gamblers_ruin(start: int, target: int, p: float) -> Any:
    if start == 0:
        return 0
    if start == target:
        return 1
    P = mpf(p)
    if P == 0:
        return 0
    if P == 1:
        return 1
    if M.mpf(1) / 2 == P:
        return Fraction(start, target)
    r = (1 - P) / P
    return M.expm1(start * M.log(r)) / M.expm1(target * M.log(r))


def geometric(p: float, m: int, j: int) -> list[Any]:
    P = mpf(p)
    q = 1 - P
    return [q ** (m - 1) * P, q**m, 1 / P, q / P**2, q**m]


def exactly_m_matches(n: int, m: int) -> Any:
    if m > n:
        return 0
    # P = (1/m!) sum_{k=0}^{n-m} (-1)^k / k!; terms beyond k = 90 are below 1e-138 of the sum
    terms = min(n - m, 90)
    series = M.fsum((-1) ** k / M.factorial(k) for k in range(terms + 1))
    return series / M.factorial(m)


def k_heads(k: int, p: float) -> Any:
    P = mpf(p)
    if P == 1:
        return k
    return M.expm1(-k * M.log(P)) / (1 - P)


def monty_hall(n: int, k: int) -> Fraction:
    return Fraction(n - 1, n * (n - 1 - k))


def non_crossing(n: int) -> Fraction:
    # Catalan(n) non-crossing pairings out of (2n - 1)!! equally likely ones: 2^n / (n + 1)!
    return Fraction(2**n, math.factorial(n + 1))


def normal_interval(mu: float, sigma: float, a: float, b: float) -> Any:
    if a >= b:
        return 0
    za = (mpf(a) - mpf(mu)) / mpf(sigma) if math.isfinite(a) else M.ninf
    zb = (mpf(b) - mpf(mu)) / mpf(sigma) if math.isfinite(b) else M.inf
    if za >= 0:  # upper tails, no rounding to 1 at 50 digits either
        return (M.erfc(za / M.sqrt(2)) - M.erfc(zb / M.sqrt(2))) / 2
    return M.ncdf(zb) - M.ncdf(za)


def normal_mle(values: Any, counts: Any) -> list[Fraction]:
    ints = [int(c) for c in counts]
    total = sum(ints)
    xs = [exact(v) for v in values]
    mean = sum((c * x for c, x in zip(ints, xs, strict=True)), Fraction(0)) / total
    var = sum((c * (x - mean) ** 2 for c, x in zip(ints, xs, strict=True)), Fraction(0)) / total
    return [mean, var]


def normal_quantile(p: float, mu: float, sigma: float) -> Any:
    return mpf(mu) + mpf(sigma) * phi_inv(p)


def poisson_tail(lam: float, k: int) -> Any:
    if k <= 0:
        return 1
    if lam == 0:
        return 0
    L = mpf(lam)

    def pmf(j: int) -> Any:
        return M.exp(-L + j * M.log(L) - M.loggamma(j + 1))

    if k > L:  # P(N >= k), summed upwards from k
        return _pmf_sum(pmf(k), lambda j: L / (j + 1), k, -1, 1)
    # 1 - P(N <= k - 1), summed downwards from k - 1 (the answer is at least about 1/2)
    return 1 - _pmf_sum(pmf(k - 1), lambda j: j / L, k - 1, -1, -1)


def t_upper_tail(t: Any, df: Any) -> Any:
    """P(T > t) for t >= 0 at 50 digits."""
    return M.betainc(df / 2, M.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2


def t_quantile(p: float, df: float) -> Any:
    P, nu = mpf(p), mpf(df)
    if M.mpf(1) / 2 == P:
        return 0
    tail = 1 - P if M.mpf(1) / 2 < P else P
    # bracket the root of log P(T > t) = log tail and bisect in log space: no start from the reference
    lo, hi = M.mpf(0), M.mpf(1)
    while t_upper_tail(hi, nu) > tail:
        hi *= 2
    target = M.log(tail)
    for _ in range(400):
        mid = (lo + hi) / 2
        if M.log(t_upper_tail(mid, nu)) > target:
            lo = mid
        else:
            hi = mid
        if hi - lo < M.mpf(10) ** -45 * hi:
            break
    t = (lo + hi) / 2
    return t if M.mpf(1) / 2 < P else -t


def coin_posterior(biases: list[float], prior: list[float], heads: int, tails: int) -> list[Any]:
    weights = [mpf(w) * mpf(b) ** heads * (1 - mpf(b)) ** tails for b, w in zip(biases, prior, strict=True)]
    total = M.fsum(weights)
    return [w / total for w in weights]


def beta_cdf(a: Any, b: Any, x: Any) -> Any:
    """I_x(a, b) by its hypergeometric series x^a (1-x)^b / (a B(a, b)) * 2F1(a+b, 1; a+1; x).
    The terms' ratio tends to x, so for x > 1/2 the mirror image I_x(a, b) = 1 - I_{1-x}(b, a)
    converges faster (50 digits leave room for the subtraction)."""
    if x <= 0:
        return M.mpf(0)
    if x >= 1:
        return M.mpf(1)
    if x > M.mpf(1) / 2:
        return 1 - beta_cdf(b, a, 1 - x)
    front = M.exp(a * M.log(x) + b * M.log1p(-x) - M.log(a) - M.log(M.beta(a, b)))
    series = _pmf_sum(M.mpf(1), lambda k: (a + b + k) * x / (a + 1 + k), 0, -1, 1)
    return front * series


def beta_quantile(A: Any, B: Any, q: Any) -> Any:
    """Newton's method on the regularised incomplete beta function at 50 digits, started from
    SciPy's double-precision inverse (the start only saves iterations: the root is the 50-digit
    solution of I_x(A, B) = q, and the last step must be negligible)."""
    x = M.mpf(float(scipy.special.betaincinv(float(A), float(B), float(q))))
    log_norm = M.log(M.beta(A, B))
    for _ in range(30):
        density = M.exp((A - 1) * M.log(x) + (B - 1) * M.log1p(-x) - log_norm)
        step = (beta_cdf(A, B, x) - q) / density
        x -= step
        if abs(step) < M.mpf(10) ** -45 * x:
            return x
    raise AssertionError(f"Newton did not converge for Beta({A}, {B}) at {q}")


def beta_posterior(a: float, b: float, successes: int, failures: int, level: float) -> list[Any]:
    A, B = mpf(a) + successes, mpf(b) + failures
    L = mpf(level)
    return [A / (A + B), beta_quantile(A, B, (1 - L) / 2), beta_quantile(A, B, (1 + L) / 2)]


ORACLES = {
    "beta-binomial-credible-interval": beta_posterior,
    "binomial-pmf-cdf": binomial_pmf_cdf,
    "birthday-collision": birthday_collision,
    "coupon-collector": coupon_collector,
    "diagnostic-test-posterior": diagnostic_posterior,
    "dice-max-min": dice_max_min,
    "dice-sum-probability": dice_sum,
    "distinct-faces": distinct_faces,
    "exponential-last-finisher": last_finisher,
    "exponential-mle-censored": exponential_mle,
    "first-ace-position": first_special,
    "gamblers-ruin": gamblers_ruin,
    "geometric-waiting": geometric,
    "hat-check-matches": exactly_m_matches,
    "k-heads-in-a-row": k_heads,
    "monty-hall-n-doors": monty_hall,
    "non-crossing-chords": non_crossing,
    "normal-interval-probability": normal_interval,
    "normal-mle-grouped": normal_mle,
    "normal-quantile": normal_quantile,
    "poisson-tail": poisson_tail,
    "student-t-quantile": t_quantile,
    "which-coin-posterior": coin_posterior,
}


@pytest.mark.parametrize("slug", sorted(ORACLES))
def test_reference_agrees_with_a_50_digit_oracle(slug: str) -> None:
    assert check_problem(slug, ORACLES[slug]) >= 3


def test_the_oracle_catches_the_cancelling_interval_reference() -> None:
    # the reference this problem used to ship: erfc differences even for a = 0, b = 1e-8
    def old(mu: float, sigma: float, a: float, b: float) -> float:
        za, zb = (a - mu) / sigma, (b - mu) / sigma
        return 0.5 * (math.erfc(za / math.sqrt(2)) - math.erfc(zb / math.sqrt(2)))

    with mpmath.workdps(50):
        truth = normal_interval(0.0, 1.0, 0.0, 1e-8)
        assert abs(mpf(old(0.0, 1.0, 0.0, 1e-8)) - truth) > mpf(1e-9) * truth
        assert abs(mpf(1e-8) * M.npdf(0) - truth) < mpf(1e-16) * truth
