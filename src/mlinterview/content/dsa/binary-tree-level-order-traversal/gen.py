"""Seeded hidden cases for binary-tree-level-order-traversal: one level-order array per case."""
import random

from packlib.trees import random_shape, chain_shape, to_array, as_array, count

BRUTE_MAX = 10**6
LIMIT = 1000
MAX_N = 2000


def _tree(n, rng, lo=-LIMIT, hi=LIMIT, kind=None):
    left, right = chain_shape(n, kind) if kind else random_shape(n, rng)
    return [to_array([rng.randint(lo, hi) for _ in range(n)], left, right)]


def _complete(n, rng):
    """A complete tree: its level-order array has no holes."""
    return [[rng.randint(-LIMIT, LIMIT) for _ in range(n)]]


def generate():
    rng = random.Random(1020)
    for k in range(4):
        yield f"small-random-{k + 1}", _tree(rng.randint(1, 10), rng)
    for k in range(3):
        yield f"medium-random-{k + 1}", _tree(rng.randint(50, 500), rng)
    yield "few-distinct-values", _tree(300, rng, 0, 2)
    yield "complete-127", _complete(127, rng)
    yield "max-random", _tree(MAX_N, rng)
    yield "max-complete", _complete(MAX_N, rng)
    yield "max-left-chain", _tree(MAX_N, rng, kind="left")
    yield "max-zigzag-chain", _tree(MAX_N, rng, kind="zigzag")


def brute(root):
    """Read every node's depth straight off the level-order array: the present nodes, in array
    order, own the following slots two at a time (left, right). Group values by depth; array
    order is already left to right inside a depth."""
    arr = as_array(root)
    if not arr:
        return []
    depth_of_present = [0]  # depth of each present node, in array order
    levels = {0: [arr[0]]}
    slot = 1
    k = 0
    while slot < len(arr):
        parent_depth = depth_of_present[k]
        for _ in range(2):
            if slot < len(arr) and arr[slot] is not None:
                depth_of_present.append(parent_depth + 1)
                levels.setdefault(parent_depth + 1, []).append(arr[slot])
            slot += 1
        k += 1
    return [levels[d] for d in range(len(levels))]


def size(root):
    return count(root)


def scale(n, rng):
    return _tree(max(n, 1), rng)
