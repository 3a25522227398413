"""Seeded hidden cases for lowest-common-ancestor-of-a-binary-search-tree.

Each case is [level-order array, value of p, value of q]; the answer is the ancestor's value.
"""
import random

from packlib.trees import random_shape, chain_shape, inorder_indices, to_array, from_array, as_array, count

BRUTE_MAX = 10**6
LIMIT = 10**9
MAX_N = 10**5


def _bst(n, rng, kind=None):
    """(vals, left, right) of a BST with distinct values: a shape filled in inorder."""
    left, right = chain_shape(n, kind) if kind else random_shape(n, rng)
    values = sorted(rng.sample(range(-LIMIT, LIMIT + 1), n))
    vals = [0] * n
    for v, i in zip(values, inorder_indices(left, right)):
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
    return [to_array(vals, left, right), vals[i], vals[j]]


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
    vals, left, right = from_array(as_array(root))
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
    return count(root)


def scale(n, rng):
    return _case(max(n, 2), rng)
