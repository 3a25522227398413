"""Seeded hidden cases for lowest-common-ancestor-of-a-binary-search-tree.

Each case is [level-order array, value of p, value of q]; the answer is the ancestor's value.
"""
import random
from collections import deque

BRUTE_MAX = 10**6
LIMIT = 10**9
MAX_N = 10**5


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


def _bst(n, rng, kind=None):
    """(vals, left, right) of a BST with distinct values: a shape filled in inorder."""
    left, right = _chain_shape(n, kind) if kind else _random_shape(n, rng)
    values = sorted(rng.sample(range(-LIMIT, LIMIT + 1), n))
    vals = [0] * n
    for v, i in zip(values, _inorder(left, right)):
        vals[i] = v
    return vals, left, right


def _case(n, rng, kind=None, pick="random"):
    vals, left, right = _bst(n, rng, kind)
    if pick == "random":
        i, j = rng.sample(range(n), 2)
    elif pick == "deepest-two":
        i, j = n - 1, n - 2  # in a chain these are the two bottom nodes
    elif pick == "ancestor":
        # j somewhere below i: walk down from i
        i = rng.randrange(n)
        while left[i] == -1 and right[i] == -1:
            i = rng.randrange(n)
        j = i
        while j == i or (rng.random() < 0.7 and (left[j] != -1 or right[j] != -1)):
            kids = [c for c in (left[j], right[j]) if c != -1]
            if not kids:
                break
            j = rng.choice(kids)
        if rng.random() < 0.5:
            i, j = j, i
    return [_to_array(vals, left, right), vals[i], vals[j]]


def generate():
    rng = random.Random(2350)
    for k in range(4):
        yield f"small-random-{k + 1}", _case(rng.randint(2, 12), rng)
    for k in range(2):
        yield f"small-one-is-ancestor-{k + 1}", _case(rng.randint(4, 12), rng, pick="ancestor")
    for k in range(2):
        yield f"medium-random-{k + 1}", _case(rng.randint(100, 3000), rng)
    yield "medium-one-is-ancestor", _case(2000, rng, pick="ancestor")
    yield "chain-3000-zigzag-bottom", _case(3000, rng, kind="zigzag", pick="deepest-two")
    yield "chain-3000-right-random", _case(3000, rng, kind="right")
    yield "large-random", _case(MAX_N, rng)
    yield "large-one-is-ancestor", _case(MAX_N, rng, pick="ancestor")
    yield "large-left-chain-bottom", _case(20000, rng, kind="left", pick="deepest-two")


def brute(root, p, q):
    """Parent pointers: mark every ancestor of p (itself included), then climb from q to the
    first marked node. Never uses the ordering, so it also checks the BST shortcut."""
    p = getattr(p, "val", p)
    q = getattr(q, "val", q)
    vals, left, right = _from_array(_as_array(root))
    parent = [-1] * len(vals)
    for i in range(len(vals)):
        for c in (left[i], right[i]):
            if c != -1:
                parent[c] = i
    index = {v: i for i, v in enumerate(vals)}
    marked = set()
    i = index[p]
    while i != -1:
        marked.add(i)
        i = parent[i]
    j = index[q]
    while j not in marked:
        j = parent[j]
    return vals[j]


def size(root, p, q):
    return _count(root)


def scale(n, rng):
    return _case(max(n, 2), rng)
