"""Every statistics reference solution confirmed by an independent method.

Each reference is loaded from its problem folder and run in this process. Its answers are
checked against one or more of: exact enumeration or exact rational arithmetic, SciPy
(``scipy.stats`` and friends), a different algorithm (a linear solve, a brute-force
procedure), and seeded Monte Carlo simulations whose tolerance is derived from their standard
error (``|mc - ref| < 4 SE`` plus, where the reference itself is an approximation, a stated
allowance). The cases of ``cases.yaml`` and ``gen.py`` are included wherever the independent
method can handle their size.
"""

from __future__ import annotations

import itertools
import math
import runpy
import warnings
from fractions import Fraction
from functools import cache
from pathlib import Path

import numpy as np
import pytest
import scipy
import scipy.optimize
import scipy.stats as st
import yaml

import mlinterview

ROOT = Path(mlinterview.__file__).parent / "content" / "stats"


@cache
def _namespace(slug: str) -> dict:
    return runpy.run_path(str(ROOT / slug / "solution.py"))


def reference(slug: str):
    meta = yaml.safe_load((ROOT / slug / "problem.yaml").read_text())
    return _namespace(slug)[meta["entry"]["name"]]


def cases(slug: str) -> list[tuple[str, list]]:
    """(id, args) of every sample, hidden and generated case of a problem."""
    data = yaml.safe_load((ROOT / slug / "cases.yaml").read_text())
    out = [(c["id"], c["args"]) for c in data["sample"] + data.get("hidden", [])]
    gen = ROOT / slug / "gen.py"
    if gen.is_file():
        out += list(runpy.run_path(str(gen))["generate"]())
    return out


def mc_close(mc_mean: float, se: float, ref: float, extra: float = 0.0) -> None:
    """A Monte Carlo estimate agrees with the reference within 4 standard errors (+ extra)."""
    assert abs(mc_mean - ref) <= 4.0 * se + extra + 1e-12, (mc_mean, ref, se)


def mc_proportion(hits: np.ndarray, ref: float, extra: float = 0.0) -> None:
    p = float(np.mean(hits))
    se = math.sqrt(max(p * (1 - p), 1e-4) / hits.size)
    mc_close(p, se, ref, extra)


def mc_mean(samples: np.ndarray, ref: float) -> None:
    samples = np.asarray(samples, dtype=float)
    mc_close(float(samples.mean()), float(samples.std(ddof=1)) / math.sqrt(samples.size), ref)


def test_every_stats_problem_is_covered():
    slugs = sorted(p.name for p in ROOT.iterdir() if (p / "problem.yaml").is_file())
    covered = {
        name[len("test_") :].split("__")[0].replace("_", "-")
        for name in globals()
        if name.startswith("test_") and "__" in name
    }
    assert len(slugs) >= 32
    assert set(slugs) <= covered, sorted(set(slugs) - covered)


# ============================================================================ probability puzzles


def test_birthday_collision__exact_and_simulation():
    f = reference("birthday-collision")
    for n, d in [(0, 5), (1, 5), (2, 2), (3, 4), (5, 10), (7, 7), (8, 7), (23, 365), (40, 365)]:
        distinct = Fraction(1)
        for i in range(n):
            distinct *= Fraction(max(d - i, 0), d)
        assert f(n, d) == pytest.approx(float(1 - distinct), rel=1e-12, abs=1e-15)
    rng = np.random.default_rng(1)
    for n, d in [(23, 365), (10, 50), (4, 6)]:
        days = np.sort(rng.integers(0, d, size=(200_000, n)), axis=1)
        shared = np.any(days[:, 1:] == days[:, :-1], axis=1)
        mc_proportion(shared, f(n, d))
    # Huge d: the birthday bound 1 - exp(-n(n-1)/(2d)) is accurate to O(n^3/d^2).
    assert f(1000, 10**9) == pytest.approx(-math.expm1(-1000 * 999 / 2e9), rel=1e-3)


def test_coupon_collector__exact_and_simulation():
    f = reference("coupon-collector")
    for n in range(1, 30):
        for k in range(1, n + 1):
            exact = sum(Fraction(n, n - i) for i in range(k))
            assert f(n, k) == pytest.approx(float(exact), rel=1e-12)
    rng = np.random.default_rng(2)
    for n, k, length in [(6, 6, 200), (10, 5, 60), (20, 15, 200)]:
        draws = rng.integers(0, n, size=(40_000, length))
        # First time each type appears; the k-th smallest first appearance ends the wait.
        first = np.full((draws.shape[0], n), length, dtype=int)
        for t in range(length - 1, -1, -1):
            first[np.arange(draws.shape[0]), draws[:, t]] = t
        waits = np.sort(first, axis=1)[:, k - 1] + 1
        assert waits.max() <= length  # every simulated run completed
        mc_mean(waits, f(n, k))


def _ruin_linear_solve(start: int, target: int, p: float) -> float:
    # P_0 = 0, P_N = 1, P_i = p P_{i+1} + q P_{i-1}: a tridiagonal system for P_1..P_{N-1}.
    m = target - 1
    if m == 0:
        return float(start == target)
    a = np.zeros((m, m))
    rhs = np.zeros(m)
    for row in range(m):
        a[row, row] = 1.0
        if row + 1 < m:
            a[row, row + 1] = -p
        else:
            rhs[row] += p
        if row - 1 >= 0:
            a[row, row - 1] = -(1 - p)
    sol = np.linalg.solve(a, rhs)
    return 0.0 if start == 0 else (1.0 if start == target else float(sol[start - 1]))


def test_gamblers_ruin__linear_system_and_simulation():
    f = reference("gamblers-ruin")
    for start, target, p in [
        (1, 3, 0.6),
        (3, 10, 0.5),
        (10, 20, 0.45),
        (0, 5, 0.3),
        (5, 5, 0.3),
        (7, 40, 0.52),
        (25, 50, 0.49),
        (1, 2, 0.9),
        (30, 60, 0.5 + 1e-6),
    ]:
        assert f(start, target, p) == pytest.approx(_ruin_linear_solve(start, target, p), rel=1e-9, abs=1e-12)
    # Simulation of the walk itself.
    rng = np.random.default_rng(3)
    for start, target, p in [(3, 8, 0.55), (5, 10, 0.45)]:
        pos = np.full(100_000, start)
        for _ in range(2000):
            alive = (pos > 0) & (pos < target)
            if not alive.any():
                break
            step = np.where(rng.random(pos.size) < p, 1, -1)
            pos = np.where(alive, pos + step, pos)
        assert not ((pos > 0) & (pos < target)).any()
        mc_proportion(pos == target, f(start, target, p))
    # Deterministic coins and the absorbing states.
    assert f(4, 9, 0.0) == 0.0 and f(4, 9, 1.0) == 1.0 and f(0, 9, 0.7) == 0.0 and f(9, 9, 0.1) == 1.0


def _monty_exact(n: int, k: int) -> Fraction:
    # Enumerate car position, the player's pick (door 0 by symmetry), every goat set the host
    # may open (uniform) and every door the player may switch to (uniform).
    total = Fraction(0)
    for car in range(n):
        allowed = [d for d in range(1, n) if d != car]
        opened_sets = list(itertools.combinations(allowed, k))
        for opened in opened_sets:
            closed = [d for d in range(1, n) if d not in opened]
            wins = sum(1 for d in closed if d == car)
            total += Fraction(1, n) * Fraction(1, len(opened_sets)) * Fraction(wins, len(closed))
    return total


def test_monty_hall_n_doors__enumeration_and_simulation():
    f = reference("monty-hall-n-doors")
    for n in range(3, 8):
        for k in range(1, n - 1):
            assert f(n, k) == pytest.approx(float(_monty_exact(n, k)), rel=1e-12)
    rng = np.random.default_rng(4)
    for n, k in [(3, 1), (5, 2), (6, 1)]:
        trials = 200_000
        car = rng.integers(0, n, trials)
        pick = rng.integers(0, n, trials)
        doors = np.arange(n)
        # Host: random keys, goat doors other than the pick are eligible; open the k smallest.
        keys = rng.random((trials, n))
        eligible = (doors[None, :] != car[:, None]) & (doors[None, :] != pick[:, None])
        keys[~eligible] = np.inf
        opened_rank = np.argsort(keys, axis=1)[:, :k]
        opened = np.zeros((trials, n), dtype=bool)
        np.put_along_axis(opened, opened_rank, True, axis=1)
        # Switch: uniformly among closed doors other than the pick.
        keys2 = rng.random((trials, n))
        keys2[opened | (doors[None, :] == pick[:, None])] = np.inf
        switch = np.argmin(keys2, axis=1)
        mc_proportion(switch == car, f(n, k))


def _markov_run_length(k: int, p: float) -> float:
    # States 0..k-1 = current run of heads; E_j = 1 + p E_{j+1} + q E_0, E_k = 0.
    a = np.eye(k)
    rhs = np.ones(k)
    for j in range(k):
        a[j, 0] -= 1 - p
        if j + 1 < k:
            a[j, j + 1] -= p
    return float(np.linalg.solve(a, rhs)[0])


def test_k_heads_in_a_row__markov_chain_and_simulation():
    f = reference("k-heads-in-a-row")
    for k, p in [(1, 0.3), (2, 0.5), (3, 0.6), (5, 0.5), (10, 0.9), (6, 0.25), (20, 0.95)]:
        assert f(k, p) == pytest.approx(_markov_run_length(k, p), rel=1e-9)
    assert f(7, 1.0) == 7.0
    rng = np.random.default_rng(5)
    for k, p in [(2, 0.5), (3, 0.6)]:
        trials = 100_000
        run = np.zeros(trials, dtype=int)
        flips = np.zeros(trials, dtype=int)
        done = np.zeros(trials, dtype=bool)
        for _ in range(600):
            active = ~done
            heads = rng.random(trials) < p
            flips += active
            run = np.where(active, np.where(heads, run + 1, 0), run)
            done |= run >= k
        assert done.all()
        mc_mean(flips, f(k, p))


def _crosses(a: tuple[float, float], b: tuple[float, float]) -> bool:
    lo, hi = sorted(a)
    return (lo < b[0] < hi) != (lo < b[1] < hi)


def _matchings(points: list[int]):
    if not points:
        yield []
        return
    first, rest = points[0], points[1:]
    for i, partner in enumerate(rest):
        for tail in _matchings(rest[:i] + rest[i + 1 :]):
            yield [(first, partner), *tail]


def test_non_crossing_chords__enumeration_and_simulation():
    f = reference("non-crossing-chords")
    for n in range(1, 7):
        all_m = list(_matchings(list(range(2 * n))))
        good = sum(1 for m in all_m if not any(_crosses(x, y) for x, y in itertools.combinations(m, 2)))
        assert f(n) == pytest.approx(good / len(all_m), rel=1e-12)
    # Large n: the closed form 2^n/(n+1)! through logs.
    for n in (50, 100):
        assert math.log(f(n)) == pytest.approx(n * math.log(2) - math.lgamma(n + 2), rel=1e-12)
    rng = np.random.default_rng(6)
    for n in (2, 3, 4):
        trials = 100_000
        ends = np.sort(rng.random((trials, n, 2)), axis=2)
        crossing = np.zeros(trials, dtype=bool)
        for i, j in itertools.combinations(range(n), 2):
            a0, a1 = ends[:, i, 0], ends[:, i, 1]
            b0, b1 = ends[:, j, 0], ends[:, j, 1]
            crossing |= ((a0 < b0) & (b0 < a1)) != ((a0 < b1) & (b1 < a1))
        mc_proportion(~crossing, f(n))


def _dice_exact(n: int, s: int, t: int) -> Fraction:
    # Inclusion-exclusion over the dice that exceed s, in exact integers.
    if t < n or t > n * s:
        return Fraction(0)
    ways = sum(
        (-1) ** j * math.comb(n, j) * math.comb(t - j * s - 1, n - 1)
        for j in range(n + 1)
        if t - j * s - 1 >= n - 1
    )
    return Fraction(ways, s**n)


def test_dice_sum_probability__inclusion_exclusion_and_simulation():
    f = reference("dice-sum-probability")
    for cid, (n, s, t) in cases("dice-sum-probability"):
        exact = _dice_exact(n, s, t)
        assert f(n, s, t) == pytest.approx(float(exact), rel=1e-9, abs=1e-300), cid
    rng = np.random.default_rng(7)
    for n, s, t in [(2, 6, 7), (3, 6, 10), (4, 4, 9)]:
        sums = rng.integers(1, s + 1, size=(200_000, n)).sum(axis=1)
        mc_proportion(sums == t, f(n, s, t))


def test_first_ace_position__exact_distribution_and_simulation():
    f = reference("first-ace-position")
    for big_n, k in [(3, 1), (52, 4), (52, 13), (10, 10), (20, 3), (54, 2)]:
        # P(X = x) = C(N - x, K - 1) / C(N, K): the first x - 1 cards are ordinary, card x special.
        probs = [Fraction(math.comb(big_n - x, k - 1), math.comb(big_n, k)) for x in range(1, big_n - k + 2)]
        assert sum(probs) == 1
        mean = sum(x * p for x, p in zip(range(1, big_n + 1), probs, strict=False))
        var = sum(x * x * p for x, p in zip(range(1, big_n + 1), probs, strict=False)) - mean**2
        got = f(big_n, k)
        assert got[0] == pytest.approx(float(mean), rel=1e-12)
        assert got[1] == pytest.approx(float(var), rel=1e-10, abs=1e-12)
    # Closed form K (N + 1)(N - K) / ((K + 1)^2 (K + 2)) for huge decks.
    for big_n, k in [(10**9, 1), (10**9, 500_000_000), (10**9, 3)]:
        closed_form = k * (big_n + 1) * (big_n - k) / ((k + 1) ** 2 * (k + 2))
        assert f(big_n, k)[1] == pytest.approx(closed_form, rel=1e-9)
    rng = np.random.default_rng(8)
    deck = np.argsort(rng.random((100_000, 52)), axis=1) < 4  # True where an ace lies
    first = np.argmax(deck, axis=1) + 1
    mean, var = f(52, 4)
    mc_mean(first, mean)
    mc_mean((first - mean) ** 2, var)


def test_distinct_faces__enumeration_and_simulation():
    f = reference("distinct-faces")
    for n, d in [(0, 3), (1, 6), (2, 2), (3, 3), (4, 5), (6, 4), (5, 1), (7, 2)]:
        counts = [len(set(roll)) for roll in itertools.product(range(d), repeat=n)]
        mean = Fraction(sum(counts), len(counts))
        var = Fraction(sum(c * c for c in counts), len(counts)) - mean**2
        got = f(n, d)
        assert got[0] == pytest.approx(float(mean), rel=1e-12, abs=1e-12)
        assert got[1] == pytest.approx(float(var), rel=1e-9, abs=1e-12)
    rng = np.random.default_rng(9)
    for n, d in [(10, 20), (100, 100)]:
        rolls = rng.integers(0, d, size=(50_000, n))
        seen = np.zeros((rolls.shape[0], d), dtype=bool)
        np.put_along_axis(seen, rolls, True, axis=1)
        distinct = seen.sum(axis=1)
        mean, var = f(n, d)
        mc_mean(distinct, mean)
        mc_mean((distinct - mean) ** 2, var)
    # Bootstrap uniqueness: the variance tends to n (e^-1 - 2 e^-2) for n = d large.
    mean, var = f(10**6, 10**6)
    assert mean == pytest.approx(1e6 * (1 - math.exp(-1)), rel=1e-6)
    assert var == pytest.approx(1e6 * (math.exp(-1) - 2 * math.exp(-2)), rel=1e-5)


def test_hat_check_matches__enumeration_and_simulation():
    f = reference("hat-check-matches")
    for n in range(0, 8):
        fixed = [sum(1 for i, v in enumerate(perm) if i == v) for perm in itertools.permutations(range(n))]
        for m in range(n + 1):
            assert f(n, m) == pytest.approx(fixed.count(m) / len(fixed), rel=1e-12, abs=1e-15)
    rng = np.random.default_rng(10)
    perms = np.argsort(rng.random((200_000, 12)), axis=1)
    fixed = (perms == np.arange(12)).sum(axis=1)
    for m in (0, 1, 2, 3):
        mc_proportion(fixed == m, f(12, m))
    # Poisson(1) limit for large n.
    assert f(10**6, 2) == pytest.approx(math.exp(-1) / 2, rel=1e-12)


def test_dice_max_min__enumeration_and_simulation():
    f = reference("dice-max-min")
    for n, s in [(1, 6), (2, 6), (3, 4), (2, 20), (4, 5), (5, 1), (3, 2)]:
        rolls = list(itertools.product(range(1, s + 1), repeat=n))
        e_max = Fraction(sum(max(r) for r in rolls), len(rolls))
        e_min = Fraction(sum(min(r) for r in rolls), len(rolls))
        got = f(n, s)
        assert got[0] == pytest.approx(float(e_max), rel=1e-12)
        assert got[1] == pytest.approx(float(e_min), rel=1e-12)
    rng = np.random.default_rng(11)
    rolls = rng.integers(1, 101, size=(100_000, 10))
    got = f(10, 100)
    mc_mean(rolls.max(axis=1), got[0])
    mc_mean(rolls.min(axis=1), got[1])
    assert f(10**9, 6) == pytest.approx([6.0, 1.0], rel=1e-12)


# ============================================================================ bayes


def test_diagnostic_test_posterior__population_simulation_and_odds_form():
    f = reference("diagnostic-test-posterior")
    rng = np.random.default_rng(12)
    for prev, sens, spec, results in [
        (0.01, 0.9, 0.95, [1]),
        (0.1, 0.85, 0.7, [1, 0, 1]),
        (0.3, 0.6, 0.8, [0, 0]),
        (0.05, 0.99, 0.9, [1, 1]),
    ]:
        people = 2_000_000
        sick = rng.random(people) < prev
        match = np.ones(people, dtype=bool)
        for r in results:
            positive = np.where(sick, rng.random(people) < sens, rng.random(people) >= spec)
            match &= positive == bool(r)
        mc_proportion(sick[match], f(prev, sens, spec, results))
    # Odds form with exact fractions on every small case.
    for cid, (prev, sens, spec, results) in cases("diagnostic-test-posterior"):
        if len(results) > 30:
            continue
        k = sum(results)
        m = len(results) - k
        a = Fraction(prev) * Fraction(sens) ** k * (1 - Fraction(sens)) ** m
        b = (1 - Fraction(prev)) * (1 - Fraction(spec)) ** k * Fraction(spec) ** m
        assert f(prev, sens, spec, results) == pytest.approx(float(a / (a + b)), rel=1e-9, abs=1e-12), cid
    # Long sequences: the log-odds form computed with SciPy's binomial log-likelihoods.
    for cid, (prev, sens, spec, results) in cases("diagnostic-test-posterior"):
        n, k = len(results), sum(results)
        if n <= 30 or prev in (0.0, 1.0):
            continue
        log_odds = (
            math.log(prev) - math.log1p(-prev) + st.binom.logpmf(k, n, sens) - st.binom.logpmf(k, n, 1 - spec)
        )
        expected = float(st.logistic.cdf(log_odds))
        assert f(prev, sens, spec, results) == pytest.approx(expected, rel=1e-8, abs=1e-300), cid


def test_beta_binomial_credible_interval__scipy_beta():
    f = reference("beta-binomial-credible-interval")
    rng = np.random.default_rng(13)
    inputs = [args for _, args in cases("beta-binomial-credible-interval")]
    inputs += [
        [
            float(rng.uniform(0.05, 30)),
            float(rng.uniform(0.05, 30)),
            int(rng.integers(0, 5000)),
            int(rng.integers(0, 5000)),
            float(rng.uniform(0.5, 0.999)),
        ]
        for _ in range(25)
    ]
    for a, b, s, fl, level in inputs:
        post = st.beta(a + s, b + fl)
        mean, lo, hi = f(a, b, s, fl, level)
        assert mean == pytest.approx(post.mean(), rel=1e-12)
        assert lo == pytest.approx(post.ppf((1 - level) / 2), rel=1e-7, abs=1e-9)
        assert hi == pytest.approx(post.isf((1 - level) / 2), rel=1e-7, abs=1e-9)
    # Posterior simulation: the interval holds `level` of Beta draws.
    draws = rng.beta(1 + 12, 1 + 38, 400_000)
    _, lo, hi = f(1, 1, 12, 38, 0.95)
    mc_proportion((draws >= lo) & (draws <= hi), 0.95)


def test_which_coin_posterior__scipy_and_rejection_sampling():
    f = reference("which-coin-posterior")
    for cid, (biases, prior, heads, tails) in cases("which-coin-posterior"):
        n = heads + tails
        with np.errstate(divide="ignore"):
            log_joint = np.log(prior) + np.array([st.binom.logpmf(heads, n, b) for b in biases])
        post = np.exp(log_joint - np.max(log_joint))
        post /= post.sum()
        np.testing.assert_allclose(f(biases, prior, heads, tails), post, rtol=1e-8, atol=1e-12, err_msg=cid)
    rng = np.random.default_rng(14)
    biases, prior, heads, tails = [0.3, 0.5, 0.8], [0.2, 0.5, 0.3], 7, 3
    coin = rng.choice(3, size=1_000_000, p=prior)
    got_heads = rng.binomial(10, np.asarray(biases)[coin])
    kept = coin[got_heads == heads]
    ref = f(biases, prior, heads, tails)
    for i in range(3):
        mc_proportion(kept == i, ref[i])


# ============================================================================ distributions


def test_binomial_pmf_cdf__scipy():
    f = reference("binomial-pmf-cdf")
    rng = np.random.default_rng(15)
    inputs = [args for _, args in cases("binomial-pmf-cdf")]
    for _ in range(60):
        n = int(10 ** rng.uniform(0, 6))
        inputs.append([n, float(rng.uniform(0.001, 0.999)), int(rng.integers(0, n + 1))])
    for n, p, k in inputs:
        pmf, cdf = f(n, p, k)
        want_pmf, want_cdf = st.binom.pmf(k, n, p), st.binom.cdf(k, n, p)
        # SciPy's own accuracy at n = 1e6 is about 1e-9 relative.
        assert pmf == pytest.approx(want_pmf, rel=1e-6, abs=1e-300), (n, p, k)
        assert cdf == pytest.approx(want_cdf, rel=1e-6, abs=1e-300), (n, p, k)


def test_poisson_tail__scipy_and_mpmath():
    f = reference("poisson-tail")
    rng = np.random.default_rng(16)
    inputs = [args for _, args in cases("poisson-tail")]
    for _ in range(60):
        lam = float(10 ** rng.uniform(-3, 6))
        inputs.append([lam, int(max(0, lam + rng.normal() * math.sqrt(lam) * rng.uniform(0, 20)))])
    for lam, k in inputs:
        # SciPy's sf is accurate to ~1e-7 relative for lam near 1e6.
        assert f(lam, k) == pytest.approx(st.poisson.sf(k - 1, lam), rel=2e-6, abs=1e-300), (lam, k)
    import mpmath

    mpmath.mp.dps = 40
    for lam, k in [(1e6, 1_010_000), (576955.7, 580855), (10.0, 200), (3.7, 12), (100.0, 130)]:
        exact = float(mpmath.gammainc(k, 0, mpmath.mpf(lam), regularized=True))  # P(N >= k)
        assert f(lam, k) == pytest.approx(exact, rel=1e-8)


def test_geometric_waiting__scipy_and_mpmath():
    f = reference("geometric-waiting")
    import mpmath

    mpmath.mp.dps = 50
    for cid, (p, m, j) in cases("geometric-waiting"):
        pmf, surv, mean, var, cond = f(p, m, j)
        g = st.geom(p)
        with np.errstate(divide="ignore", invalid="ignore"):  # SciPy divides by 1 - p when p = 1
            want_mean, want_var = g.mean(), g.var()
            if p >= 1e-6:  # SciPy's pmf/sf lose digits for p ~ 1e-9 and m ~ 1e9
                assert pmf == pytest.approx(g.pmf(m), rel=1e-9, abs=1e-300), cid
                assert surv == pytest.approx(g.sf(m), rel=1e-9, abs=1e-300), cid
        assert mean == pytest.approx(want_mean, rel=1e-12), cid
        assert var == pytest.approx(want_var, rel=1e-12, abs=1e-300), cid
        # 50-digit arithmetic on the definitions, for every case.
        q = 1 - mpmath.mpf(p)
        assert pmf == pytest.approx(float(q ** (m - 1) * p), rel=1e-9, abs=1e-300), cid
        assert surv == pytest.approx(float(q**m), rel=1e-9, abs=1e-300), cid
        if q**j > mpmath.mpf("1e-250"):
            assert cond == pytest.approx(float(q ** (m + j) / q**j), rel=1e-9, abs=1e-300), cid


def test_exponential_last_finisher__inclusion_exclusion_and_simulation():
    f = reference("exponential-last-finisher")
    for rates in [[1, 1], [1, 3], [1, 2, 3], [2] * 6, [1, 2, 3, 5, 7, 11], [1, 10, 100]]:
        exact = Fraction(0)
        for size in range(1, len(rates) + 1):
            for subset in itertools.combinations(rates, size):
                exact += Fraction((-1) ** (size + 1), sum(subset))
        assert f([float(r) for r in rates]) == pytest.approx(float(exact), rel=1e-12)
    for n in (1, 5, 12):
        assert f([0.5] * n) == pytest.approx(sum(1 / i for i in range(1, n + 1)) / 0.5, rel=1e-12)
    rng = np.random.default_rng(17)
    for rates in ([0.5, 1.0, 2.0], [0.3, 0.7, 1.1, 1.9, 2.3, 3.1, 4.7, 5.3, 6.1, 7.9]):
        times = rng.exponential(1.0 / np.asarray(rates), size=(400_000, len(rates)))
        mc_mean(times.max(axis=1), f(rates))


def test_normal_interval_probability__scipy():
    f = reference("normal-interval-probability")
    rng = np.random.default_rng(18)
    inputs = [args for _, args in cases("normal-interval-probability")]
    for _ in range(60):
        mu, sigma = float(rng.normal(0, 100)), float(10 ** rng.uniform(-3, 3))
        a, b = np.sort(mu + sigma * rng.uniform(-36, 36, 2))
        inputs.append([mu, sigma, float(a), float(b)])
    for mu, sigma, a, b in inputs:
        d = st.norm(mu, sigma)
        if a >= mu:
            want, larger = d.sf(a) - d.sf(b), d.sf(a)
        elif b <= mu:
            want, larger = d.cdf(b) - d.cdf(a), d.cdf(b)
        else:
            want, larger = 1.0 - d.cdf(a) - d.sf(b), 1.0
        # SciPy's difference cancels on narrow intervals too: trust it only to the digits it
        # keeps (the 50-digit oracle in test_high_precision_probability.py checks every case)
        rel = max(1e-8, 1e-13 * larger / want) if want > 0 else 1e-8
        assert f(mu, sigma, a, b) == pytest.approx(want, rel=rel, abs=1e-300), (mu, sigma, a, b)
    draws = rng.normal(100, 15, 1_000_000)
    mc_proportion((draws > 110) & (draws < 140), f(100.0, 15.0, 110.0, 140.0))


def test_normal_quantile__scipy():
    f = reference("normal-quantile")
    ps = [args[0] for _, args in cases("normal-quantile")] + list(np.random.default_rng(19).random(50))
    for p in ps:
        want = st.norm.ppf(p) if p <= 0.5 else st.norm.isf(1 - p)
        assert f(float(p), 3.0, 2.0) == pytest.approx(3.0 + 2.0 * want, rel=1e-10, abs=1e-10), p
    for cid, (p, mu, sigma) in cases("normal-quantile"):
        assert f(p, mu, sigma) == pytest.approx(st.norm.ppf(p, mu, sigma), rel=1e-9, abs=1e-9), cid


def test_student_t_quantile__scipy_and_closed_forms():
    f = reference("student-t-quantile")
    rng = np.random.default_rng(20)
    inputs = [args for _, args in cases("student-t-quantile")]
    inputs += [[float(rng.uniform(1e-6, 1 - 1e-6)), float(10 ** rng.uniform(0, 6))] for _ in range(40)]
    for p, df in inputs:
        want = st.t.ppf(p, df) if p <= 0.5 else st.t.isf(1 - p, df)
        assert f(p, df) == pytest.approx(want, rel=1e-8, abs=1e-9), (p, df)
    for p in (0.6, 0.975, 1e-8):
        assert f(p, 1) == pytest.approx(-1 / math.tan(math.pi * p), rel=1e-9)  # Cauchy
        assert f(p, 2) == pytest.approx((2 * p - 1) / math.sqrt(2 * p * (1 - p)), rel=1e-9)  # df = 2


# ============================================================================ inference


def test_t_confidence_interval__scipy_and_coverage():
    f = reference("t-confidence-interval")
    for cid, (x, t_crit) in cases("t-confidence-interval"):
        x = np.asarray(x, dtype=float)
        centre = np.mean(x)
        sem = np.std(x - centre, ddof=1) / math.sqrt(x.size)
        lo, hi = f(x, t_crit)
        assert lo == pytest.approx(centre - t_crit * sem, rel=1e-10, abs=1e-9), cid
        assert hi == pytest.approx(centre + t_crit * sem, rel=1e-10, abs=1e-9), cid
        if np.ptp(x) > 0 and x.size < 10_000:
            level = 2 * st.t.cdf(t_crit, x.size - 1) - 1
            want = st.t.interval(level, x.size - 1, loc=centre, scale=st.sem(x))
            assert [lo, hi] == pytest.approx(list(want), rel=1e-9, abs=1e-9), cid
    # Coverage of the true mean for normal samples of size 8 at 95%.
    rng = np.random.default_rng(21)
    t_crit = float(st.t.ppf(0.975, 7))
    samples = rng.normal(5.0, 2.0, size=(20_000, 8))
    covered = np.array([lo <= 5.0 <= hi for lo, hi in (f(row, t_crit) for row in samples)])
    mc_proportion(covered, 0.95)


def test_wilson_interval__scipy_binomtest():
    f = reference("wilson-interval")
    for cid, (x, n, z) in cases("wilson-interval"):
        level = 1 - 2 * st.norm.sf(z)
        if level >= 1 - 1e-15 or level <= 1e-15:
            continue
        ci = st.binomtest(x, n).proportion_ci(confidence_level=level, method="wilson")
        assert f(x, n, z) == pytest.approx([ci.low, ci.high], rel=1e-7, abs=1e-10), cid
    # Coverage for a moderate case is close to nominal (Wilson's known behaviour): within 2%.
    rng = np.random.default_rng(22)
    z = float(st.norm.isf(0.025))
    xs = rng.binomial(200, 0.3, 50_000)
    covered = np.array([lo <= 0.3 <= hi for lo, hi in (f(int(x), 200, z) for x in xs)])
    mc_proportion(covered, 0.95, extra=0.02)


def test_difference_of_proportions_ci__scipy_and_coverage():
    f = reference("difference-of-proportions-ci")
    for cid, (x1, n1, x2, n2, conf) in cases("difference-of-proportions-ci"):
        p1, p2 = x1 / n1, x2 / n2
        se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
        z = st.norm.isf((1 - conf) / 2)
        assert f(x1, n1, x2, n2, conf) == pytest.approx(
            [p1 - p2 - z * se, p1 - p2 + z * se], rel=1e-9, abs=1e-12
        ), cid
    rng = np.random.default_rng(23)
    x1 = rng.binomial(2000, 0.12, 40_000)
    x2 = rng.binomial(3000, 0.10, 40_000)
    covered = np.array(
        [
            lo <= 0.02 <= hi
            for lo, hi in (f(int(a), 2000, int(b), 3000, 0.9) for a, b in zip(x1, x2, strict=True))
        ]
    )
    mc_proportion(covered, 0.90, extra=0.01)


# ============================================================================ testing


def test_one_sample_z_test__scipy_and_null_simulation():
    f = reference("one-sample-z-test")
    for cid, (x, mu0, sigma, alt) in cases("one-sample-z-test"):
        x = np.asarray(x, dtype=float)
        z = (x.mean() - mu0) / (sigma / math.sqrt(x.size))
        want = {"two-sided": 2 * st.norm.sf(abs(z)), "greater": st.norm.sf(z), "less": st.norm.cdf(z)}[alt]
        got = f(x, mu0, sigma, alt)
        assert got[0] == pytest.approx(z, rel=1e-10, abs=1e-12), cid
        assert got[1] == pytest.approx(want, rel=1e-9, abs=1e-300), cid
    # The two-sided p-value is the chance that a null sample mean lands at least as far away.
    rng = np.random.default_rng(24)
    x = np.array([502, 498, 505, 501, 503, 499, 504, 502], dtype=float)
    null_means = rng.normal(500, 3, size=(400_000, 8)).mean(axis=1)
    mc_proportion(np.abs(null_means - 500) >= abs(x.mean() - 500), f(x, 500.0, 3.0, "two-sided")[1])


def test_welch_t_test__scipy_ttest_ind():
    f = reference("welch-t-test")
    rng = np.random.default_rng(25)
    inputs = [args for _, args in cases("welch-t-test")]
    inputs += [
        [
            rng.normal(0, rng.uniform(0.5, 3), rng.integers(2, 40)),
            rng.normal(rng.normal(), rng.uniform(0.5, 3), rng.integers(2, 40)),
        ]
        for _ in range(30)
    ]
    for a, b in inputs:
        with warnings.catch_warnings():
            # SciPy warns about "nearly identical data" when one group is constant; the test
            # is still well defined (the other group carries the variance).
            warnings.filterwarnings("ignore", message="Precision loss occurred", category=RuntimeWarning)
            res = st.ttest_ind(np.asarray(a, float), np.asarray(b, float), equal_var=False)
        t, df, p = f(np.asarray(a, float), np.asarray(b, float))
        assert t == pytest.approx(res.statistic, rel=1e-9)
        assert df == pytest.approx(res.df, rel=1e-9)
        assert p == pytest.approx(res.pvalue, rel=1e-7, abs=1e-300)


def test_two_proportion_z_test__scipy_chi2_contingency():
    f = reference("two-proportion-z-test")
    for cid, (x1, n1, x2, n2) in cases("two-proportion-z-test"):
        table = np.array([[x1, n1 - x1], [x2, n2 - x2]], dtype=float)
        chi2, p, _, _ = st.chi2_contingency(table, correction=False)
        z, pz = f(x1, n1, x2, n2)
        assert z**2 == pytest.approx(chi2, rel=1e-9), cid
        assert np.sign(z) == np.sign(x1 / n1 - x2 / n2), cid
        assert pz == pytest.approx(p, rel=1e-8, abs=1e-300), cid


def test_chi_squared_2x2__scipy_chi2_contingency():
    f = reference("chi-squared-2x2")
    rng = np.random.default_rng(26)
    inputs = [args for _, args in cases("chi-squared-2x2")]
    inputs += [[rng.integers(1, 60, size=(2, 2)).tolist(), bool(rng.integers(0, 2))] for _ in range(40)]
    for table, yates in inputs:
        chi2, p, dof, _ = st.chi2_contingency(np.asarray(table, dtype=float), correction=yates)
        assert dof == 1
        stat, pval = f(table, yates)
        assert stat == pytest.approx(chi2, rel=1e-9, abs=1e-12), (table, yates)
        assert pval == pytest.approx(p, rel=1e-8, abs=1e-300), (table, yates)


def test_fisher_exact_2x2__scipy():
    f = reference("fisher-exact-2x2")
    rng = np.random.default_rng(27)
    inputs = [args[0] for _, args in cases("fisher-exact-2x2")]
    inputs += [rng.integers(0, 25, size=(2, 2)).tolist() for _ in range(60)]
    for table in inputs:
        want = st.fisher_exact(table).pvalue
        assert f(table) == pytest.approx(want, rel=1e-8, abs=1e-14), table


# ============================================================================ a/b testing


def _power_scipy(p1: float, p2: float, n: float, alpha: float) -> float:
    z_a = st.norm.isf(alpha / 2)
    p_bar = (p1 + p2) / 2
    sd0 = math.sqrt(2 * p_bar * (1 - p_bar) / n)
    sd1 = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
    d = p2 - p1
    return st.norm.cdf((d - z_a * sd0) / sd1) + st.norm.cdf((-d - z_a * sd0) / sd1)


def _one_region_power(p1: float, p2: float, n: float, alpha: float) -> float:
    p_bar = (p1 + p2) / 2
    sd0 = math.sqrt(2 * p_bar * (1 - p_bar) / n)
    sd1 = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
    return float(st.norm.cdf((abs(p2 - p1) - st.norm.isf(alpha / 2) * sd0) / sd1))


def _simulated_power(rng, p1: float, p2: float, n: int, alpha: float, trials: int = 40_000) -> np.ndarray:
    x1 = rng.binomial(n, p1, trials)
    x2 = rng.binomial(n, p2, trials)
    pooled = (x1 + x2) / (2 * n)
    se = np.sqrt(pooled * (1 - pooled) * 2 / n)
    z = (x2 - x1) / n / np.where(se > 0, se, np.inf)
    return np.abs(z) > st.norm.isf(alpha / 2)


def test_ab_test_sample_size__scipy_formula_and_simulated_power():
    f = reference("ab-test-sample-size")
    for cid, (p1, p2, alpha, power) in cases("ab-test-sample-size"):
        z_a, z_b = st.norm.isf(alpha / 2), st.norm.ppf(power)
        p_bar = (p1 + p2) / 2
        raw = (
            (z_a * math.sqrt(2 * p_bar * (1 - p_bar)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))
            / (p1 - p2)
        ) ** 2
        n = f(p1, p2, alpha, power)
        assert n == math.ceil(raw), cid
        # The one-region power at n reaches the target, and one user fewer falls short.
        assert _one_region_power(p1, p2, n, alpha) >= power - 1e-12, cid
        if n > 1:
            assert _one_region_power(p1, p2, n - 1, alpha) < power, cid
    # The actual test at that size has about the requested power (normal approximation: +-2%).
    rng = np.random.default_rng(28)
    for p1, p2, alpha, power in [(0.10, 0.12, 0.05, 0.80), (0.30, 0.27, 0.05, 0.90)]:
        mc_proportion(_simulated_power(rng, p1, p2, f(p1, p2, alpha, power), alpha), power, extra=0.02)


def test_ab_test_power__scipy_formula_and_simulation():
    f = reference("ab-test-power")
    for cid, (p1, p2, n, alpha) in cases("ab-test-power"):
        assert f(p1, p2, n, alpha) == pytest.approx(_power_scipy(p1, p2, n, alpha), rel=1e-9, abs=1e-12), cid
    assert f(0.3, 0.3, 1234, 0.05) == pytest.approx(0.05, rel=1e-12)
    rng = np.random.default_rng(29)
    for p1, p2, n, alpha in [(0.10, 0.12, 3841, 0.05), (0.10, 0.12, 1000, 0.05), (0.2, 0.2, 5000, 0.05)]:
        mc_proportion(_simulated_power(rng, p1, p2, n, alpha), f(p1, p2, n, alpha), extra=0.01)


def test_minimum_detectable_effect__brentq_and_power():
    f = reference("minimum-detectable-effect")
    for cid, (p1, n, alpha, power) in cases("minimum-detectable-effect"):
        z_a, z_b = st.norm.isf(alpha / 2), st.norm.ppf(power)

        def gap(d, p1=p1, n=n, z_a=z_a, z_b=z_b):
            p2, p_bar = p1 + d, p1 + d / 2
            return (
                math.sqrt(n) * d
                - z_a * math.sqrt(2 * p_bar * (1 - p_bar))
                - z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
            )

        # A single sign change on a fine grid: the root is unique.
        grid = np.linspace(1e-12, 1 - p1, 20_001)
        values = np.array([gap(d) for d in grid])
        assert np.count_nonzero(np.diff(np.sign(values)) != 0) == 1, cid
        root = scipy.optimize.brentq(gap, 1e-15, 1 - p1, xtol=1e-16, rtol=1e-15)
        mde = f(p1, n, alpha, power)
        assert mde == pytest.approx(root, rel=1e-9, abs=1e-12), cid
        # At the MDE the far-tail-free power equals the target.
        sd0 = math.sqrt(2 * (p1 + mde / 2) * (1 - p1 - mde / 2) / n)
        sd1 = math.sqrt((p1 * (1 - p1) + (p1 + mde) * (1 - p1 - mde)) / n)
        assert st.norm.cdf((mde - z_a * sd0) / sd1) == pytest.approx(power, abs=1e-7), cid


# ============================================================================ resampling


def _quantile_type7(values: list[float], q: float) -> float:
    s = sorted(values)
    h = (len(s) - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (h - lo) * (s[hi] - s[lo])


def _median(values: list[float]) -> float:
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def test_bootstrap_percentile_ci__pure_python_and_scipy_bootstrap():
    f = reference("bootstrap-percentile-ci")
    for cid, (x, idx, conf, stat) in cases("bootstrap-percentile-ci"):
        x, idx = np.asarray(x, dtype=float), np.asarray(idx, dtype=int)
        if idx.size > 200_000:
            idx = idx[:200]  # keep the pure-Python loop quick
        xs = x.tolist()
        values = []
        for row in idx.tolist():
            resample = [xs[i] for i in row]
            values.append(sum(resample) / len(resample) if stat == "mean" else _median(resample))
        want = [_quantile_type7(values, (1 - conf) / 2), _quantile_type7(values, (1 + conf) / 2)]
        assert f(x, idx, conf, stat) == pytest.approx(want, rel=1e-10, abs=1e-12), cid
    # With many random resamples the interval matches SciPy's percentile bootstrap (its own
    # random resamples) within Monte Carlo error: a few percent of the interval width.
    rng = np.random.default_rng(30)
    x = rng.lognormal(0, 1, 300)
    for stat, fn in (("mean", np.mean), ("median", np.median)):
        lo, hi = f(x, rng.integers(0, x.size, size=(10_000, x.size)), 0.95, stat)
        ref = st.bootstrap(
            (x,),
            fn,
            method="percentile",
            confidence_level=0.95,
            n_resamples=10_000,
            rng=np.random.default_rng(31),
        ).confidence_interval
        width = ref.high - ref.low
        assert abs(lo - ref.low) < 0.06 * width and abs(hi - ref.high) < 0.06 * width


def test_permutation_test__exact_scipy_and_monte_carlo():
    f = reference("permutation-test")
    rng = np.random.default_rng(32)

    def abs_diff(a, b, axis=-1):
        return np.abs(np.mean(a, axis=axis) - np.mean(b, axis=axis))

    # All C(n1 + n2, n1) splits as permutations (identity included). SciPy's exact test of the
    # statistic |mean(a) - mean(b)| ("greater") is #{|T| >= |T_obs|} / #splits, so the
    # reference's (count + 1)/(P + 1) must equal (SciPy * P + 1)/(P + 1).
    for a, b in [
        ([4.1, 5.3, 6.0], [2.2, 3.1, 2.9]),
        ([1.0, 3.0, 2.0, 8.0], [2.5, 0.5, 1.5]),
        ([12, 15, 11, 14], [11, 12, 10, 13, 11]),
    ]:
        n = len(a) + len(b)
        splits = [
            list(c) + [i for i in range(n) if i not in c] for c in itertools.combinations(range(n), len(a))
        ]
        exact = st.permutation_test(
            (a, b), abs_diff, permutation_type="independent", n_resamples=np.inf, alternative="greater"
        ).pvalue
        got = f(np.asarray(a, float), np.asarray(b, float), np.asarray(splits))
        assert got == pytest.approx((exact * len(splits) + 1) / (len(splits) + 1), rel=1e-12), (a, b)
    for cid, (a, b, perms) in cases("permutation-test"):
        a, b, perms = np.asarray(a, float), np.asarray(b, float), np.asarray(perms)
        # A plain loop over the permutations (no fancy indexing) gives the same count.
        pooled = np.concatenate([a, b]).tolist()
        t_obs = abs(sum(a) / a.size - sum(b) / b.size)
        count = 0
        for row in perms.tolist():
            ga = [pooled[i] for i in row[: a.size]]
            gb = [pooled[i] for i in row[a.size :]]
            count += abs(sum(ga) / len(ga) - sum(gb) / len(gb)) >= t_obs - 1e-9
        assert f(a, b, perms) == pytest.approx((count + 1) / (len(perms) + 1), rel=1e-12), cid
        # SciPy's randomised test (its own permutations) estimates the same p-value: the two
        # estimates differ by Monte Carlo error only.
        if len(perms) >= 4000:
            sp = st.permutation_test(
                (a, b),
                abs_diff,
                permutation_type="independent",
                n_resamples=len(perms),
                alternative="greater",
                rng=rng,
            ).pvalue
            se = math.sqrt(max(sp * (1 - sp), 1e-3) / len(perms))
            mc_close(f(a, b, perms), se * math.sqrt(2), sp, extra=2.0 / len(perms))


# ============================================================================ multiple testing


def _holm_rejects(p: list[float], alpha: float) -> list[bool]:
    order = sorted(range(len(p)), key=lambda i: p[i])
    out = [False] * len(p)
    for k, i in enumerate(order):
        if p[i] <= alpha / (len(p) - k):
            out[i] = True
        else:
            break
    return out


def _bh_rejects(p: list[float], q: float) -> list[bool]:
    m = len(p)
    order = sorted(range(m), key=lambda i: p[i])
    passing = [k for k in range(m) if p[order[k]] <= (k + 1) * q / m]
    out = [False] * m
    if passing:
        for i in order[: max(passing) + 1]:
            out[i] = True
    return out


def _check_adjusted_against_procedure(adjusted: list[float], p: list[float], rejects) -> None:
    # adjusted_i <= alpha  <=>  the procedure at level alpha rejects i, probed just above and
    # just below every adjusted value (the smallest level that rejects).
    for level in sorted(set(adjusted)):
        for a in (level * (1 + 1e-9) + 1e-300, level * (1 - 1e-9)):
            if a > 1:
                continue
            got = [v <= a for v in adjusted]
            assert got == rejects(p, a), (level, a)


def test_holm_bonferroni__brute_force_procedure():
    f = reference("holm-bonferroni")
    for _cid, (p,) in cases("holm-bonferroni"):
        if len(p) > 300:
            continue
        _check_adjusted_against_procedure(f(p), p, _holm_rejects)
    rng = np.random.default_rng(33)
    for _ in range(30):
        p = np.round(rng.random(rng.integers(1, 15)) ** 2, 3).tolist()
        adjusted = f(p)
        _check_adjusted_against_procedure(adjusted, p, _holm_rejects)
        assert all(a >= x for a, x in zip(adjusted, p, strict=True))
        assert all(a <= min(1.0, len(p) * x) + 1e-15 for a, x in zip(adjusted, p, strict=True))


def test_benjamini_hochberg__scipy_and_brute_force_procedure():
    f = reference("benjamini-hochberg")
    for cid, (p,) in cases("benjamini-hochberg"):
        np.testing.assert_allclose(
            f(p), st.false_discovery_control(p, method="bh"), rtol=1e-12, atol=1e-15, err_msg=cid
        )
        if len(p) <= 300:
            _check_adjusted_against_procedure(f(p), p, _bh_rejects)


# ============================================================================ maximum likelihood


def test_exponential_mle_censored__numerical_optimum_and_simulation():
    f = reference("exponential-mle-censored")
    for cid, (times, observed) in cases("exponential-mle-censored"):
        t = np.asarray(times, dtype=float)
        e = np.asarray(observed) == 1

        def nll(log_rate, t=t, e=e):
            rate = math.exp(log_rate)
            return -(
                np.sum(st.expon.logpdf(t[e], scale=1 / rate)) + np.sum(st.expon.logsf(t[~e], scale=1 / rate))
            )

        guess = math.log(e.sum() / t.sum())
        opt = scipy.optimize.minimize_scalar(nll, bracket=(guess - 1, guess + 1), tol=1e-12)
        rate, se = f(t, np.asarray(observed))
        assert rate == pytest.approx(math.exp(opt.x), rel=1e-6), cid
        # Observed information by a central second difference of the log-likelihood in rate.
        h = rate * 1e-4

        def ll(r, t=t, e=e):
            return np.sum(st.expon.logpdf(t[e], scale=1 / r)) + np.sum(st.expon.logsf(t[~e], scale=1 / r))

        info = -(ll(rate + h) - 2 * ll(rate) + ll(rate - h)) / h**2
        assert se == pytest.approx(1 / math.sqrt(info), rel=1e-4), cid
    # Consistency and calibration: over simulated censored samples the estimates centre on the
    # true rate and their spread matches the reported standard error.
    rng = np.random.default_rng(34)
    life = rng.exponential(1 / 0.2, size=(4000, 400))
    stop = rng.uniform(0, 8, size=life.shape)
    estimates, ses = [], []
    for lt, sp in zip(life, stop, strict=True):
        rate, se = f(np.minimum(lt, sp), (lt <= sp).astype(int))
        estimates.append(rate)
        ses.append(se)
    estimates = np.asarray(estimates)
    mc_close(float(estimates.mean()), float(estimates.std()) / math.sqrt(estimates.size), 0.2, extra=0.002)
    assert float(np.mean(ses)) == pytest.approx(float(estimates.std()), rel=0.05)


def test_normal_mle_grouped__scipy_norm_fit():
    f = reference("normal-mle-grouped")
    for cid, (values, counts) in cases("normal-mle-grouped"):
        counts = np.asarray(counts)
        values = np.asarray(values, dtype=float)
        if counts.sum() > 2_000_000:
            # Too large to expand: weighted moments with NumPy's average instead.
            mu = np.average(values, weights=counts)
            var = np.average((values - mu) ** 2, weights=counts)
        else:
            data = np.repeat(values, counts)
            mu, scale = st.norm.fit(data - data[0])  # shifted to keep SciPy's optimiser exact
            mu += data[0]
            var = scale**2
        got = f(values, counts)
        assert got[0] == pytest.approx(mu, rel=1e-12, abs=1e-12), cid
        assert got[1] == pytest.approx(var, rel=1e-7, abs=1e-12), cid
