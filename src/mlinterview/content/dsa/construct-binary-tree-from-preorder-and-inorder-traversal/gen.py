"""Seeded hidden cases for construct-binary-tree-from-preorder-and-inorder-traversal.

Each case is made from a random tree with distinct values: [preorder, inorder] of that tree.
"""
import random
from collections import deque

BRUTE_MAX = 3000
LIMIT = 3000


def _random_shape(n, rng):
    """A random binary-tree shape on nodes 0..n-1 (root 0): child index lists, -1 = none."""
    left, right = [-1] * n, [-1] * n
    slots = [(0, 0), (0, 1)] if n else []
    for i in range(1, n):
        k = rng.randrange(len(slots))
        slots[k], slots[-1] = slots[-1], slots[k]
        parent, side = slots.pop()
        if side == 0:
            left[parent] = i
        else:
            right[parent] = i
        slots.append((i, 0))
        slots.append((i, 1))
    return left, right


def _chain_shape(n, kind):
    """A path of n nodes: kind is 'left', 'right' or 'zigzag'."""
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        go_left = kind == "left" or (kind == "zigzag" and i % 2 == 0)
        if go_left:
            left[i] = i + 1
        else:
            right[i] = i + 1
    return left, right


def _inorder(left, right, root=0):
    """Node indices in in-order, iteratively."""
    out, stack, node = [], [], root if left else -1
    while stack or node != -1:
        while node != -1:
            stack.append(node)
            node = left[node]
        node = stack.pop()
        out.append(node)
        node = right[node]
    return out


def _to_array(vals, left, right, root=0):
    """Level-order array with None holes and no trailing None (LeetCode's format)."""
    if root == -1 or not vals:
        return []
    out, queue = [], deque([root])
    while queue:
        i = queue.popleft()
        if i == -1:
            out.append(None)
            continue
        out.append(vals[i])
        queue.append(left[i])
        queue.append(right[i])
    while out and out[-1] is None:
        out.pop()
    return out


def _preorder(left, right, root=0):
    out, stack = [], [root]
    while stack:
        i = stack.pop()
        if i == -1:
            continue
        out.append(i)
        stack.append(right[i])
        stack.append(left[i])
    return out


def _walks(vals, left, right):
    return [[vals[i] for i in _preorder(left, right)], [vals[i] for i in _inorder(left, right)]]


def _case(n, rng, kind=None, lo=-LIMIT, hi=LIMIT):
    left, right = _chain_shape(n, kind) if kind else _random_shape(n, rng)
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
    return _to_array(vals, left, right)


def scale(n, rng):
    n = max(n, 1)
    left, right = _random_shape(n, rng)
    return _walks(rng.sample(range(-10**6, 10**6), n), left, right)
