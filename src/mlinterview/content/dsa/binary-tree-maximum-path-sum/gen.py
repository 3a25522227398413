"""Seeded hidden cases for binary-tree-maximum-path-sum: one level-order array per case."""
import random
from collections import deque

BRUTE_MAX = 600
LIMIT = 1000
MAX_N = 3 * 10**4


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
    rng = random.Random(1240)
    for k in range(4):
        yield f"small-random-{k + 1}", _tree(rng.randint(1, 12), rng)
    for k in range(2):
        yield f"small-all-negative-{k + 1}", _tree(rng.randint(2, 12), rng, -LIMIT, -1)
    for k in range(3):
        yield f"medium-random-{k + 1}", _tree(rng.randint(100, 600), rng)
    yield "medium-mostly-negative", _tree(500, rng, -LIMIT, 50)
    yield "chain-3000-mixed-signs", _tree(3000, rng, kind="left")
    yield "chain-3000-all-negative", _tree(3000, rng, -LIMIT, -1, kind="zigzag")
    yield "large-random", _tree(MAX_N, rng)
    yield "large-all-positive", _tree(MAX_N, rng, 1, LIMIT)
    yield "large-left-chain", _tree(MAX_N, rng, kind="left")
    yield "large-zigzag-chain-all-max", [_to_array([LIMIT] * MAX_N, *_chain_shape(MAX_N, "zigzag"))]


def brute(root):
    """Try every start node u: walk the tree as an undirected graph from u, summing the path
    to every other node v. Every path is the unique u-v path for some pair (u, v)."""
    vals, left, right = _from_array(_as_array(root))
    n = len(vals)
    adj = [[] for _ in range(n)]
    for p in range(n):
        for c in (left[p], right[p]):
            if c != -1:
                adj[p].append(c)
                adj[c].append(p)
    best = None
    for u in range(n):
        stack = [(u, -1, vals[u])]
        while stack:
            node, came_from, total = stack.pop()
            best = total if best is None else max(best, total)
            for nxt in adj[node]:
                if nxt != came_from:
                    stack.append((nxt, node, total + vals[nxt]))
    return best


def size(root):
    return _count(root)


def scale(n, rng):
    return _tree(max(n, 1), rng)
