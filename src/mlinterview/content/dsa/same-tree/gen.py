"""Seeded hidden cases for same-tree: pairs of level-order arrays."""
import random
from collections import deque

BRUTE_MAX = 10**6
LIMIT = 10**4


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


def _tree(n, rng, lo=-LIMIT, hi=LIMIT, shape=None):
    left, right = shape if shape else _random_shape(n, rng)
    vals = [rng.randint(lo, hi) for _ in range(n)]
    return vals, left, right


def _pair(n, rng, how, lo=-LIMIT, hi=LIMIT):
    vals, left, right = _tree(n, rng, lo, hi)
    p = _to_array(vals, left, right)
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
    return [p, _to_array(vals2, left2, right2)]


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
    zig = _to_array([rng.randint(-LIMIT, LIMIT) for _ in range(100)], *_chain_shape(100, "zigzag"))
    yield "max-zigzag-identical", [zig, list(zig)]
    yield "max-all-equal-different-shapes", [
        _to_array([7] * 100, *_chain_shape(100, "left")),
        _to_array([7] * 100, *_chain_shape(100, "right"))]


def brute(p, q):
    """Level-order arrays with null holes describe a tree exactly, so compare them."""
    return _as_array(p) == _as_array(q)


def size(p, q):
    return _count(p) + _count(q)


def scale(n, rng):
    # Identical trees: a correct solution has to look at every node.
    half = max(n // 2, 1)
    vals, left, right = _tree(half, rng)
    p = _to_array(vals, left, right)
    return [p, list(p)]
