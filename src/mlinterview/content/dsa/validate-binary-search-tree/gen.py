"""Seeded hidden cases for validate-binary-search-tree: one level-order array per case."""
import random
from collections import deque

BRUTE_MAX = 1000
LO, HI = -2**31, 2**31 - 1
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


def _bst(n, rng, lo=LO, hi=HI, kind=None):
    """A valid BST: a random (or chain) shape filled with sorted distinct values in inorder."""
    left, right = _chain_shape(n, kind) if kind else _random_shape(n, rng)
    values = sorted(rng.sample(range(lo, hi + 1), n))
    vals = [0] * n
    for v, i in zip(values, _inorder(left, right)):
        vals[i] = v
    return vals, left, right


def _break_deep(vals, left, right, rng):
    """Move one leaf's value just outside the bound set by a non-parent ancestor while keeping
    it correctly ordered against its own parent: only a check against all ancestors sees it."""
    n = len(vals)
    bounds = [(None, None)] * n
    parent = [-1] * n
    order = [0]
    for i in order:
        low, high = bounds[i]
        if left[i] != -1:
            bounds[left[i]], parent[left[i]] = (low, vals[i]), i
            order.append(left[i])
        if right[i] != -1:
            bounds[right[i]], parent[right[i]] = (vals[i], high), i
            order.append(right[i])
    candidates = []
    for i in range(1, n):
        if left[i] != -1 or right[i] != -1:
            continue
        low, high = bounds[i]
        if left[parent[i]] == i and low is not None and low > LO:
            candidates.append((i, low - 1))
        if right[parent[i]] == i and high is not None and high < HI:
            candidates.append((i, high + 1))
    i, value = rng.choice(candidates)
    vals = list(vals)
    vals[i] = value
    return vals


def _zigzag_valid(n):
    """A zigzag chain whose values close in from both sides: big, small, big-1, small+1, ..."""
    left, right = _chain_shape(n, "zigzag")
    vals = [HI - i // 2 if i % 2 == 0 else LO + i // 2 for i in range(n)]
    return vals, left, right


def generate():
    rng = random.Random(9800)
    for k in range(3):
        yield f"small-valid-{k + 1}", [_to_array(*_bst(rng.randint(3, 12), rng, -20, 20))]
    for k in range(3):
        vals, left, right = _bst(rng.randint(4, 12), rng, -50, 50)
        yield f"small-deep-violation-{k + 1}", [_to_array(_break_deep(vals, left, right, rng), left, right)]
    vals, left, right = _bst(8, rng, 0, 30)
    i, j = rng.sample(range(8), 2)
    vals[i], vals[j] = vals[j], vals[i]
    yield "small-two-values-swapped", [_to_array(vals, left, right)]
    yield "medium-valid", [_to_array(*_bst(800, rng))]
    vals, left, right = _bst(800, rng)
    yield "medium-deep-violation", [_to_array(_break_deep(vals, left, right, rng), left, right)]
    yield "chain-3000-zigzag-valid-extremes", [_to_array(*_zigzag_valid(3000))]
    vals, left, right = _zigzag_valid(3000)
    vals[-1] = vals[-3]  # the last node repeats the value two levels up
    yield "chain-3000-zigzag-repeat-at-bottom", [_to_array(vals, left, right)]
    yield "large-valid", [_to_array(*_bst(MAX_N, rng))]
    vals, left, right = _bst(MAX_N, rng)
    yield "large-deep-violation", [_to_array(_break_deep(vals, left, right, rng), left, right)]
    yield "large-right-chain-valid", [_to_array(*_bst(MAX_N, rng, kind="right"))]
    yield "large-left-chain-valid", [_to_array(*_bst(MAX_N, rng, kind="left"))]


def brute(root):
    """The definition itself: for every node, compare it with every value in its left subtree
    and in its right subtree."""
    vals, left, right = _from_array(_as_array(root))

    def subtree_values(i):
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            if j != -1:
                out.append(vals[j])
                stack.append(left[j])
                stack.append(right[j])
        return out

    for i in range(len(vals)):
        if any(v >= vals[i] for v in subtree_values(left[i])):
            return False
        if any(v <= vals[i] for v in subtree_values(right[i])):
            return False
    return True


def size(root):
    return _count(root)


def scale(n, rng):
    return [_to_array(*_bst(max(n, 1), rng))]
