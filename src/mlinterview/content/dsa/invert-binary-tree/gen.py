"""Seeded hidden cases for invert-binary-tree: one level-order array per case."""
import random

from packlib.trees import random_shape, chain_shape, to_array, from_array, as_array, count

BRUTE_MAX = 10**6
LIMIT = 100


def _tree(n, rng, lo=-LIMIT, hi=LIMIT, kind=None):
    left, right = chain_shape(n, kind) if kind else random_shape(n, rng)
    return [to_array([rng.randint(lo, hi) for _ in range(n)], left, right)]


def generate():
    rng = random.Random(2260)
    for k in range(5):
        yield f"small-random-{k + 1}", _tree(rng.randint(1, 10), rng)
    for k in range(3):
        yield f"medium-random-{k + 1}", _tree(rng.randint(20, 80), rng)
    yield "few-distinct-values", _tree(60, rng, 0, 1)
    yield "max-random-1", _tree(100, rng)
    yield "max-random-2", _tree(100, rng)
    yield "max-left-chain", _tree(100, rng, kind="left")
    yield "max-zigzag-chain", _tree(100, rng, kind="zigzag")


def brute(root):
    """Rebuild the tree from its array with every left/right link exchanged."""
    vals, left, right = from_array(as_array(root))
    return to_array(vals, right, left)


def size(root):
    return count(root)


def scale(n, rng):
    return _tree(max(n, 1), rng, -10**4, 10**4)
