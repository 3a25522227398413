"""Seeded hidden cases for invert-binary-tree: one level-order array per case."""
import random
from collections import deque

BRUTE_MAX = 10**6
LIMIT = 100


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


def _from_array(arr):
    """Level-order array -> (vals, left, right), root at index 0; all empty for an empty tree."""
    vals, left, right = [], [], []
    if not arr or arr[0] is None:
        return vals, left, right
    vals.append(arr[0])
    left.append(-1)
    right.append(-1)
    queue, i = deque([0]), 1
    while queue and i < len(arr):
        parent = queue.popleft()
        for side in (left, right):
            if i < len(arr) and arr[i] is not None:
                child = len(vals)
                vals.append(arr[i])
                left.append(-1)
                right.append(-1)
                side[parent] = child
                queue.append(child)
            i += 1
    return vals, left, right


def _as_array(tree):
    """Accept a level-order array or a TreeNode; return the normalised level-order array."""
    if tree is None:
        return []
    if isinstance(tree, list):
        out = list(tree)
    else:
        out, queue = [], deque([tree])
        while queue:
            node = queue.popleft()
            if node is None:
                out.append(None)
                continue
            out.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def _count(tree):
    return sum(v is not None for v in _as_array(tree))


def _tree(n, rng, lo=-LIMIT, hi=LIMIT, kind=None):
    left, right = _chain_shape(n, kind) if kind else _random_shape(n, rng)
    return [_to_array([rng.randint(lo, hi) for _ in range(n)], left, right)]


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
    vals, left, right = _from_array(_as_array(root))
    return _to_array(vals, right, left)


def size(root):
    return _count(root)


def scale(n, rng):
    return _tree(max(n, 1), rng, -10**4, 10**4)
