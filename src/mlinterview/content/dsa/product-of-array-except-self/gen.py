"""Seeded hidden cases for product-of-array-except-self.

Every input keeps the product of all its non-zero values within 2^31 - 1 in absolute value,
so every prefix and suffix product fits in a 32-bit signed integer, as the statement promises.
"""
import random

BRUTE_MAX = 1500
N_MAX = 10**5
BUDGET = 2**31 - 1


def _make(n, rng, zeros=0, big_share=0.3):
    """n values in [-30, 30] with exactly `zeros` zeros and a bounded product of the rest."""
    budget = BUDGET
    values = []
    for _ in range(n - zeros):
        m = 1
        if rng.random() < big_share:
            m = rng.randint(2, 30)
            if budget // m < 1:
                m = 1
            budget //= m
        values.append(m if rng.random() < 0.5 else -m)
    for _ in range(zeros):
        values.insert(rng.randint(0, len(values)), 0)
    return values


def generate():
    rng = random.Random(238)
    for k in range(3):
        yield f"tiny-{k + 1}", [_make(rng.randint(2, 6), rng, big_share=0.9)]
    for k in range(3):
        yield f"small-no-zero-{k + 1}", [_make(rng.randint(10, 60), rng)]
    yield "small-one-zero", [_make(40, rng, zeros=1)]
    yield "small-two-zeros", [_make(40, rng, zeros=2)]
    yield "small-many-zeros", [_make(50, rng, zeros=12)]
    yield "medium-no-zero", [_make(1500, rng, big_share=0.01)]
    yield "medium-one-zero", [_make(1500, rng, zeros=1, big_share=0.01)]
    yield "large-no-zero", [_make(N_MAX, rng, big_share=0.001)]
    yield "large-one-zero", [_make(N_MAX, rng, zeros=1, big_share=0.001)]
    yield "large-two-zeros", [_make(N_MAX, rng, zeros=2, big_share=0.001)]


def brute(nums):
    """Multiply all the other entries, position by position."""
    answer = []
    for i in range(len(nums)):
        p = 1
        for j, x in enumerate(nums):
            if j != i:
                p *= x
        answer.append(p)
    return answer


def scale(n, rng):
    return [_make(max(n, 2), rng, zeros=1, big_share=0.001)]
