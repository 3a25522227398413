from __future__ import annotations

import math

import numpy as np

from mlinterview.judge.checkers import get_checker

exact = get_checker("exact")
unordered = get_checker("unordered")
close = get_checker("float")
permutation = get_checker("permutation")
sign = get_checker("sign")


def test_exact_keeps_json_types_apart() -> None:
    assert exact([1, [2, "a"]], [1, [2, "a"]])
    assert not exact(True, 1)
    assert not exact(2, 2.0)
    assert not exact([1, 2], [1, 2, 3])
    assert "answer[1]" in exact([1, 2], [1, 3]).message
    assert exact(float("nan"), float("nan"))


def test_unordered_depths_and_duplicates() -> None:
    assert unordered([[1, 2], [3]], [[3], [1, 2]])
    assert not unordered([[1, 2], [3]], [[3], [2, 1]], depth=1)
    assert unordered([[1, 2], [3]], [[3], [2, 1]], depth=2)
    assert not unordered([1, 1, 2], [1, 2, 2])
    assert not unordered([1], "1")


def test_float_tolerance_is_the_stated_one() -> None:
    assert close(1.0, 1.0 + 1e-7, rtol=1e-6, atol=0)
    assert not close(1.0, 1.0 + 1e-5, rtol=1e-6, atol=0)
    assert close([1.0, [2.0]], [1.0, [2.0000001]], rtol=1e-6)
    assert close(math.inf, math.inf) and not close(math.inf, -math.inf)
    assert close(np.zeros((2, 2)), np.zeros((2, 2)))
    message = close(np.zeros((2, 2)), np.zeros((2, 3))).message
    assert "shape" in message
    assert not close(1.0, None)


def test_permutation_accepts_renamed_clusters_only() -> None:
    assert permutation([0, 0, 1, 1, 2], [2, 2, 0, 0, 1])
    assert not permutation([0, 0, 1, 1], [0, 1, 1, 1])
    assert not permutation([0, 1], [0, 0])


def test_sign_flips_per_vector() -> None:
    v = np.array([[1.0, 2.0], [3.0, -4.0]])
    assert sign(v, v * np.array([-1.0, 1.0]))
    assert sign(v, -v, vectors="rows")
    assert not sign(v, v * np.array([[-1.0, 1.0], [1.0, 1.0]]))
