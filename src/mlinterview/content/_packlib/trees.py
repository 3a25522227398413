"""Binary trees for generators and brute-force oracles.

A tree is built as a *shape*: two child index lists ``left`` and ``right`` over the nodes
``0..n-1`` (node 0 is the root, ``-1`` means no child) plus a list of values. The judge's
format is LeetCode's level-order array with ``None`` holes and no trailing ``None``:
``to_array`` writes it, ``from_array`` reads it back.
"""

from collections import deque


def random_shape(n, rng):
    """A random binary-tree shape on nodes 0..n-1 (root 0): child index lists, -1 = none.

    Each new node takes a free child slot chosen uniformly at random.
    """
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


def biased_shape(n, rng, recent_bias):
    """A random shape like ``random_shape`` that can be made deeper.

    For each new node a coin is drawn first: with probability ``recent_bias`` the free slot is
    taken from among the newest ones, otherwise uniformly. The draws differ from
    ``random_shape``'s even when ``recent_bias`` is 0.
    """
    left, right = [-1] * n, [-1] * n
    free = [(0, 0), (0, 1)] if n else []
    for i in range(1, n):
        if rng.random() < recent_bias:
            k = len(free) - 1 - min(len(free) - 1, int(rng.expovariate(1.0)))
        else:
            k = rng.randrange(len(free))
        parent, side = free[k]
        free[k] = free[-1]
        free.pop()
        (left if side == 0 else right)[parent] = i
        free.append((i, 0))
        free.append((i, 1))
    return left, right


def chain_shape(n, kind):
    """A path of n nodes: kind is 'left', 'right' or 'zigzag' (left first)."""
    left, right = [-1] * n, [-1] * n
    for i in range(n - 1):
        go_left = kind == "left" or (kind == "zigzag" and i % 2 == 0)
        if go_left:
            left[i] = i + 1
        else:
            right[i] = i + 1
    return left, right


def inorder_indices(left, right, root=0):
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


def preorder_indices(left, right, root=0):
    """Node indices in pre-order, iteratively."""
    out, stack = [], [root]
    while stack:
        i = stack.pop()
        if i == -1:
            continue
        out.append(i)
        stack.append(right[i])
        stack.append(left[i])
    return out


def to_array(vals, left, right, root=0):
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


def from_array(arr):
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


def as_array(tree):
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


def count(tree):
    """The number of nodes of a level-order array or a TreeNode."""
    return sum(v is not None for v in as_array(tree))
