"""Seeded hidden cases for kth-smallest-element-in-a-bst: [level-order array, k]."""
import random

from packlib.trees import random_shape, chain_shape, inorder_indices, to_array, as_array, count

BRUTE_MAX = 10**6
LIMIT = 10**4
MAX_N = 10**4


def _bst(n, rng, kind=None, hi=LIMIT):
    """A BST with distinct values in [0, hi]: a random (or chain) shape filled in inorder."""
    left, right = chain_shape(n, kind) if kind else random_shape(n, rng)
    values = sorted(rng.sample(range(0, hi + 1), n))
    vals = [0] * n
    for v, i in zip(values, inorder_indices(left, right)):
        vals[i] = v
    return to_array(vals, left, right)


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
    yield "large-every-value-right-chain", [to_array(list(range(0, LIMIT)), *chain_shape(MAX_N, "right")), MAX_N - 1]


def brute(root, k):
    """Sort all the values and index."""
    return sorted(v for v in as_array(root) if v is not None)[k - 1]


def size(root, k):
    return count(root)


def scale(n, rng):
    # Values may exceed 10^4 here so that n can grow past the constraint for the timing.
    n = max(n, 1)
    return [_bst(n, rng, hi=max(LIMIT, 10 * n)), n]
