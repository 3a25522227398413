"""Seeded hidden cases for kth-smallest-element-in-a-bst: [level-order array, k]."""
import random
from collections import deque

BRUTE_MAX = 10**6
LIMIT = 10**4
MAX_N = 10**4


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


def _bst(n, rng, kind=None, hi=LIMIT):
    """A BST with distinct values in [0, hi]: a random (or chain) shape filled in inorder."""
    left, right = _chain_shape(n, kind) if kind else _random_shape(n, rng)
    values = sorted(rng.sample(range(0, hi + 1), n))
    vals = [0] * n
    for v, i in zip(values, _inorder(left, right)):
        vals[i] = v
    return _to_array(vals, left, right)


def generate():
    rng = random.Random(2300)
    for k in range(4):
        n = rng.randint(1, 12)
        yield f"small-random-{k + 1}", [_bst(n, rng), rng.randint(1, n)]
    n = rng.randint(5, 12)
    yield "small-k-equals-n", [_bst(n, rng), n]
    yield "small-k-equals-1", [_bst(rng.randint(5, 12), rng), 1]
    for k in range(3):
        n = rng.randint(100, 2000)
        yield f"medium-random-{k + 1}", [_bst(n, rng), rng.randint(1, n)]
    yield "chain-3000-zigzag", [_bst(3000, rng, "zigzag"), 1500]
    yield "large-random-middle-rank", [_bst(MAX_N, rng), MAX_N // 2]
    yield "large-random-largest", [_bst(MAX_N, rng), MAX_N]
    yield "large-left-chain-smallest", [_bst(MAX_N, rng, "left"), 1]
    yield "large-left-chain-second", [_bst(MAX_N, rng, "left"), 2]
    yield "large-every-value-right-chain", [_to_array(list(range(0, LIMIT)), *_chain_shape(MAX_N, "right")), MAX_N - 1]


def brute(root, k):
    """Sort all the values and index."""
    return sorted(v for v in _as_array(root) if v is not None)[k - 1]


def size(root, k):
    return _count(root)


def scale(n, rng):
    # Values may exceed 10^4 here so that n can grow past the constraint for the timing.
    n = max(n, 1)
    return [_bst(n, rng, hi=max(LIMIT, 10 * n)), n]
