"""Seeded hidden cases for validate-binary-search-tree: one level-order array per case."""
import random

from packlib.trees import random_shape, chain_shape, inorder_indices, to_array, from_array, as_array, count

BRUTE_MAX = 1000
LO, HI = -2**31, 2**31 - 1
MAX_N = 10**4


def _bst(n, rng, lo=LO, hi=HI, kind=None):
    """A valid BST: a random (or chain) shape filled with sorted distinct values in inorder."""
    left, right = chain_shape(n, kind) if kind else random_shape(n, rng)
    values = sorted(rng.sample(range(lo, hi + 1), n))
    vals = [0] * n
    for v, i in zip(values, inorder_indices(left, right)):
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
    left, right = chain_shape(n, "zigzag")
    vals = [HI - i // 2 if i % 2 == 0 else LO + i // 2 for i in range(n)]
    return vals, left, right


def generate():
    rng = random.Random(9800)
    for k in range(3):
        yield f"small-valid-{k + 1}", [to_array(*_bst(rng.randint(3, 12), rng, -20, 20))]
    for k in range(3):
        vals, left, right = _bst(rng.randint(4, 12), rng, -50, 50)
        yield f"small-deep-violation-{k + 1}", [to_array(_break_deep(vals, left, right, rng), left, right)]
    vals, left, right = _bst(8, rng, 0, 30)
    i, j = rng.sample(range(8), 2)
    vals[i], vals[j] = vals[j], vals[i]
    yield "small-two-values-swapped", [to_array(vals, left, right)]
    yield "medium-valid", [to_array(*_bst(800, rng))]
    vals, left, right = _bst(800, rng)
    yield "medium-deep-violation", [to_array(_break_deep(vals, left, right, rng), left, right)]
    yield "chain-3000-zigzag-valid-extremes", [to_array(*_zigzag_valid(3000))]
    vals, left, right = _zigzag_valid(3000)
    vals[-1] = vals[-3]  # the last node repeats the value two levels up
    yield "chain-3000-zigzag-repeat-at-bottom", [to_array(vals, left, right)]
    yield "large-valid", [to_array(*_bst(MAX_N, rng))]
    vals, left, right = _bst(MAX_N, rng)
    yield "large-deep-violation", [to_array(_break_deep(vals, left, right, rng), left, right)]
    yield "large-right-chain-valid", [to_array(*_bst(MAX_N, rng, kind="right"))]
    yield "large-left-chain-valid", [to_array(*_bst(MAX_N, rng, kind="left"))]


def brute(root):
    """The definition itself: for every node, compare it with every value in its left subtree
    and in its right subtree."""
    vals, left, right = from_array(as_array(root))

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
    return count(root)


def scale(n, rng):
    return [to_array(*_bst(max(n, 1), rng))]
