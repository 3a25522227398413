"""Seeded hidden cases for same-tree: pairs of level-order arrays."""
import random

from packlib.trees import random_shape, chain_shape, to_array, as_array, count

BRUTE_MAX = 10**6
LIMIT = 10**4


def _tree(n, rng, lo=-LIMIT, hi=LIMIT, shape=None):
    left, right = shape if shape else random_shape(n, rng)
    vals = [rng.randint(lo, hi) for _ in range(n)]
    return vals, left, right


def _pair(n, rng, how, lo=-LIMIT, hi=LIMIT):
    vals, left, right = _tree(n, rng, lo, hi)
    p = to_array(vals, left, right)
    if how == "same":
        return [p, list(p)]
    vals2, left2, right2 = list(vals), list(left), list(right)
    if how == "value":
        i = rng.randrange(n)
        vals2[i] = vals2[i] + 1 if vals2[i] < hi else vals2[i] - 1
    elif how == "leaf-side":
        # Move one leaf to the other side of its parent when that slot is free.
        parents = [i for i in range(n) if (left2[i] == -1) != (right2[i] == -1)
                   and max(left2[i], right2[i]) != -1
                   and left2[max(left2[i], right2[i])] == -1
                   and right2[max(left2[i], right2[i])] == -1]
        i = rng.choice(parents)
        left2[i], right2[i] = right2[i], left2[i]
    elif how == "mirror":
        left2, right2 = right2, left2
    return [p, to_array(vals2, left2, right2)]


def generate():
    rng = random.Random(1000)
    for k in range(3):
        yield f"small-identical-{k + 1}", _pair(rng.randint(1, 10), rng, "same")
    for k in range(3):
        yield f"small-one-value-off-{k + 1}", _pair(rng.randint(1, 10), rng, "value")
    yield "small-leaf-on-other-side", _pair(8, rng, "leaf-side")
    yield "medium-leaf-on-other-side", _pair(60, rng, "leaf-side")
    yield "medium-mirrored", _pair(50, rng, "mirror")
    yield "few-distinct-values-identical", _pair(80, rng, "same", 0, 1)
    yield "few-distinct-values-one-off", _pair(80, rng, "value", 0, 1)
    yield "max-identical", _pair(100, rng, "same")
    yield "max-one-value-off", _pair(100, rng, "value")
    zig = to_array([rng.randint(-LIMIT, LIMIT) for _ in range(100)], *chain_shape(100, "zigzag"))
    yield "max-zigzag-identical", [zig, list(zig)]
    yield "max-all-equal-different-shapes", [
        to_array([7] * 100, *chain_shape(100, "left")),
        to_array([7] * 100, *chain_shape(100, "right"))]


def brute(p, q):
    """Level-order arrays with null holes describe a tree exactly, so compare them."""
    return as_array(p) == as_array(q)


def size(p, q):
    return count(p) + count(q)


def scale(n, rng):
    # Identical trees: a correct solution has to look at every node.
    half = max(n // 2, 1)
    vals, left, right = _tree(half, rng)
    p = to_array(vals, left, right)
    return [p, list(p)]
