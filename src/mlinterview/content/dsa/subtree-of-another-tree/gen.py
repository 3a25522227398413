"""Seeded hidden cases for subtree-of-another-tree: [root array, subRoot array]."""
import random

from packlib.trees import random_shape, chain_shape, to_array, from_array, as_array, count

BRUTE_MAX = 1200
LIMIT = 10**4


def _tree(n, rng, lo=-LIMIT, hi=LIMIT, kind=None):
    left, right = chain_shape(n, kind) if kind else random_shape(n, rng)
    return [rng.randint(lo, hi) for _ in range(n)], left, right


def _subtree_sizes(left, right):
    order = [i for i in range(len(left))]
    size = [1] * len(left)
    # children have larger indices than parents in every shape built here
    for i in reversed(order):
        for c in (left[i], right[i]):
            if c != -1:
                size[i] += size[c]
    return size


def _pick_subtree(left, right, rng, lo_size, hi_size):
    sizes = _subtree_sizes(left, right)
    good = [i for i, s in enumerate(sizes) if lo_size <= s <= hi_size]
    return rng.choice(good) if good else max(range(len(sizes)), key=lambda i: sizes[i])


def _mutate(arr, rng, how):
    """Change a copied subtree a little: one value, one extra leaf, or one leaf removed."""
    vals, left, right = from_array(arr)
    n = len(vals)
    if how == "value":
        i = rng.randrange(n)
        vals[i] = vals[i] + 1 if vals[i] < LIMIT else vals[i] - 1
    elif how == "add-leaf":
        free = [(i, s) for i in range(n) for s in (0, 1) if (left, right)[s][i] == -1]
        i, s = rng.choice(free)
        vals.append(rng.randint(-LIMIT, LIMIT))
        left.append(-1)
        right.append(-1)
        (left, right)[s][i] = n
    elif how == "drop-leaf":
        leaves = [i for i in range(1, n) if left[i] == -1 and right[i] == -1]
        if leaves:
            leaf = rng.choice(leaves)
            for side in (left, right):
                for p in range(n):
                    if side[p] == leaf:
                        side[p] = -1
    return to_array(vals, left, right)


def _case(n, m, rng, how, lo=-LIMIT, hi=LIMIT):
    vals, left, right = _tree(n, rng, lo, hi)
    top = _pick_subtree(left, right, rng, max(1, m // 2), m)
    sub = to_array(vals, left, right, top)
    if how != "copy":
        sub = _mutate(sub, rng, how)
    return [to_array(vals, left, right), sub]


def generate():
    rng = random.Random(5720)
    for k in range(3):
        yield f"small-copied-subtree-{k + 1}", _case(rng.randint(3, 12), 4, rng, "copy")
    yield "small-one-value-changed", _case(12, 5, rng, "value")
    yield "small-extra-leaf", _case(12, 5, rng, "add-leaf")
    yield "small-missing-leaf", _case(12, 5, rng, "drop-leaf")
    yield "few-values-copied", _case(400, 60, rng, "copy", 0, 1)
    yield "few-values-missing-leaf", _case(400, 60, rng, "drop-leaf", 0, 1)
    yield "few-values-extra-leaf", _case(400, 60, rng, "add-leaf", 0, 1)
    yield "medium-one-value-changed", _case(800, 200, rng, "value")
    yield "max-copied-subtree", _case(2000, 1000, rng, "copy")
    yield "max-missing-leaf", _case(2000, 1000, rng, "drop-leaf")
    ones = [1] * 2000
    yield "max-all-ones-chain-match", [to_array(ones, *chain_shape(2000, "left")),
                                       to_array(ones[:1000], *chain_shape(1000, "left"))]
    sub_l, sub_r = chain_shape(1000, "left")
    sub_l[998], sub_r[998] = -1, 999  # the last node hangs on the other side
    yield "max-all-ones-chain-last-turn-differs", [to_array(ones, *chain_shape(2000, "left")),
                                                   to_array(ones[:1000], sub_l, sub_r)]
    yield "max-root-equals-subroot", [to_array(*_tree(1000, rng))] * 2


def brute(root, subRoot):
    """Serialize the subtree under every node of root and compare it with subRoot's array."""
    vals, left, right = from_array(as_array(root))
    want = as_array(subRoot)
    return any(to_array(vals, left, right, i) == want for i in range(len(vals)))


def size(root, subRoot):
    return count(root) + count(subRoot)


def scale(n, rng):
    n = max(n, 2)
    return _case(n - n // 3, n // 3, rng, "copy")
