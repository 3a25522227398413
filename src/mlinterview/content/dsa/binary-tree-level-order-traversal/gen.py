"""Seeded hidden cases for binary-tree-level-order-traversal: one level-order array per case."""
import random
from collections import deque

BRUTE_MAX = 10**6
LIMIT = 1000
MAX_N = 2000


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
    arr = _as_array(root)
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
    return _count(root)


def scale(n, rng):
    return _tree(max(n, 1), rng)
