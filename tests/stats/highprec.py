"""Shared machinery of the high-precision checks of the statistics references.

Each statistics problem gets an oracle: an independent computation of its answer with mpmath at
50 significant digits, or with exact rational arithmetic (``Fraction`` and Python integers),
from the case's arguments taken as the exact binary values they are. :func:`check_problem`
runs the reference on every case (samples, hidden and generated) and requires it to agree with
the oracle within a tenth of the problem's stated tolerance:
``|ref - oracle| <= (atol + rtol * |oracle|) / 10``.
"""

from __future__ import annotations

import runpy
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

import mpmath
import numpy as np
import yaml

import mlinterview

ROOT = Path(mlinterview.__file__).parent / "content" / "stats"
DIGITS = 50
TIGHTER = 10.0
mp = mpmath.mp


def slugs() -> list[str]:
    return sorted(p.name for p in ROOT.iterdir() if (p / "problem.yaml").is_file())


@cache
def meta(slug: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / slug / "problem.yaml").read_text())


def reference(slug: str) -> Callable[..., Any]:
    return runpy.run_path(str(ROOT / slug / "solution.py"))[meta(slug)["entry"]["name"]]


def cases(slug: str) -> list[tuple[str, list[Any]]]:
    """(id, args) of every sample, hidden and generated case, arrays as the judge passes them."""
    data = yaml.safe_load((ROOT / slug / "cases.yaml").read_text())
    out = [(c["id"], c["args"]) for c in data["sample"] + data.get("hidden", [])]
    gen = ROOT / slug / "gen.py"
    if gen.is_file():
        out += [(str(i), list(a)) for i, a in runpy.run_path(str(gen))["generate"]()]
    types = meta(slug)["entry"].get("types", {})
    params = meta(slug)["entry"]["params"]
    converted = []
    for case_id, args in out:
        args = [
            np.asarray(a) if types.get(name) == "ndarray" and not isinstance(a, np.ndarray) else a
            for name, a in zip(params, args, strict=True)
        ]
        converted.append((case_id, args))
    return converted


def mpf(x: Any) -> mpmath.mpf:
    """The exact value of a double (or an int, or a Fraction) as a 50-digit mpf."""
    if isinstance(x, Fraction):
        return mpmath.mpf(x.numerator) / x.denominator
    return mpmath.mpf(float(x)) if isinstance(x, (float, np.floating)) else mpmath.mpf(int(x))


def exact(x: Any) -> Fraction:
    return Fraction(float(x)) if isinstance(x, (float, np.floating)) else Fraction(int(x))


def scaled(xs: Iterable[Any]) -> tuple[list[int], int]:
    """Doubles as exact integers over one common power-of-two denominator (the smallest that
    fits them all): sums and squares of them are exact and fast."""
    ratios = [float(x).as_integer_ratio() for x in xs]
    denominator = max((den for _, den in ratios), default=1)
    return [num * (denominator // den) for num, den in ratios], denominator


def exact_sum(xs: Iterable[Any]) -> Fraction:
    ints, denominator = scaled(xs)
    return Fraction(sum(ints), denominator)


def mean_and_ss(xs: Sequence[Any]) -> tuple[Fraction, Fraction]:
    """Exact mean and sum of squared deviations of doubles."""
    ints, denominator = scaled(xs)
    n = len(ints)
    total = sum(ints)
    # sum (x - mean)^2 = sum (n X - S)^2 / (n^2 D^2)
    ss = sum((n * v - total) ** 2 for v in ints)
    return Fraction(total, n * denominator), Fraction(ss, n * n * denominator * denominator)


def phi_inv(p: Any) -> mpmath.mpf:
    """The standard normal quantile at 50 digits, for p given exactly (any p in (0, 1))."""
    p = mpf(p) if not isinstance(p, mpmath.mpf) else p
    if p == mpmath.mpf(1) / 2:
        return mpmath.mpf(0)
    if p > mpmath.mpf(1) / 2:
        return -phi_inv(1 - p)
    # lower tail: solve log Phi(z) = log p by Newton from a rough start; Phi is log-concave
    z = (
        mpmath.sqrt(2) * mpmath.erfinv(2 * p - 1)
        if p > mpmath.mpf("1e-40")
        else -mpmath.sqrt(-2 * mpmath.log(p))
    )
    target = mpmath.log(p)
    for _ in range(200):
        step = (mpmath.log(mpmath.ncdf(z)) - target) * mpmath.ncdf(z) / mpmath.npdf(z)
        z -= step
        if abs(step) < mpmath.mpf(10) ** (-DIGITS + 5) * max(1, abs(z)):
            break
    return z


def flatten(value: Any) -> list[Any]:
    if isinstance(value, np.ndarray):
        return [float(v) for v in value.ravel()]
    if isinstance(value, (list, tuple)):
        return [v for item in value for v in flatten(item)]
    return [value]


def check_problem(slug: str, oracle: Callable[..., Any]) -> int:
    """Every case's reference answer agrees with the oracle within a tenth of the tolerance.
    Returns the number of cases checked."""
    checker = meta(slug)["checker"]
    rtol, atol = float(checker.get("rtol", 1e-6)), float(checker.get("atol", 1e-9))
    solve = reference(slug)
    count = 0
    with mpmath.workdps(DIGITS):
        for case_id, args in cases(slug):
            got = flatten(solve(*args))
            want = flatten(oracle(*args))
            assert len(got) == len(want), (slug, case_id, got, want)
            if len(want) > 1000:
                _check_many(slug, case_id, got, want, rtol, atol)
                count += 1
                continue
            for k, (g, w) in enumerate(zip(got, want, strict=True)):
                w = mpf(w) if not isinstance(w, mpmath.mpf) else w
                allowed = (mpmath.mpf(atol) + mpmath.mpf(rtol) * abs(w)) / TIGHTER
                error = abs(mpf(g) - w)
                assert error <= allowed, (
                    f"{slug} case {case_id!r} value {k}: reference {g!r}, "
                    f"oracle {mpmath.nstr(w, 20)}, error {mpmath.nstr(error, 3)} > {mpmath.nstr(allowed, 3)}"
                )
            count += 1
    return count


def _check_many(slug: str, case_id: str, got: list[Any], want: list[Any], rtol: float, atol: float) -> None:
    """The same check for long answers, vectorised: the oracle's values rounded to the nearest
    double (relative error at most 2^-53), with that rounding taken off the allowance, so a
    pass here is a pass of the exact comparison."""
    w = np.array([float(mpf(v) if not isinstance(v, mpmath.mpf) else v) for v in want])
    g = np.asarray(got, dtype=float)
    allowed = (atol + rtol * np.abs(w)) / TIGHTER - 2.0**-52 * np.abs(w)
    assert np.all(allowed > 0), (slug, case_id, "tolerance too tight for the vectorised check")
    bad = np.flatnonzero(np.abs(g - w) > allowed)
    assert bad.size == 0, (
        f"{slug} case {case_id!r} value {bad[0]}: reference {g[bad[0]]!r}, oracle {w[bad[0]]!r}"
    )
