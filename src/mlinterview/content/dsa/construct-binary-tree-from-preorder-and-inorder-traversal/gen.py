"""Seeded hidden cases for construct-binary-tree-from-preorder-and-inorder-traversal.

Each case is made from a random tree with distinct values: [preorder, inorder] of that tree.
"""
import random

from packlib.trees import random_shape, chain_shape, inorder_indices, preorder_indices, to_array

BRUTE_MAX = 3000
LIMIT = 3000


def _walks(vals, left, right):
    return [[vals[i] for i in preorder_indices(left, right)], [vals[i] for i in inorder_indices(left, right)]]


def _case(n, rng, kind=None, lo=-LIMIT, hi=LIMIT):
    left, right = chain_shape(n, kind) if kind else random_shape(n, rng)
    vals = rng.sample(range(lo, hi + 1), n)
    return _walks(vals, left, right)


def generate():
    rng = random.Random(1050)
    for k in range(4):
        yield f"small-random-{k + 1}", _case(rng.randint(1, 10), rng)
    for k in range(3):
        yield f"medium-random-{k + 1}", _case(rng.randint(50, 800), rng)
    yield "consecutive-values", _case(200, rng, lo=1, hi=200)
    yield "max-random", _case(3000, rng)
    yield "max-all-values-used", _case(3000, rng, lo=-1500, hi=1499)
    yield "max-left-chain", _case(3000, rng, kind="left")
    yield "max-right-chain", _case(3000, rng, kind="right")
    yield "max-zigzag-chain", _case(3000, rng, kind="zigzag")


def brute(preorder, inorder):
    """Textbook split with list searches, done with an explicit work stack: the first preorder
    value of a window is its root, and its place in the inorder window splits the rest."""
    vals, left, right = [], [], []
    work = [(0, 0, len(preorder), -1, None)]  # (pre start, in start, length, parent, side)
    while work:
        p, i, n, parent, side = work.pop()
        if n == 0:
            continue
        value = preorder[p]
        k = inorder.index(value, i, i + n)
        node = len(vals)
        vals.append(value)
        left.append(-1)
        right.append(-1)
        if side is not None:
            side[parent] = node
        size_left = k - i
        work.append((p + 1, i, size_left, node, left))
        work.append((p + 1 + size_left, k + 1, n - size_left - 1, node, right))
    return to_array(vals, left, right)


def scale(n, rng):
    n = max(n, 1)
    left, right = random_shape(n, rng)
    return _walks(rng.sample(range(-10**6, 10**6), n), left, right)
