"""Seeded hidden cases for maximum-depth-of-binary-tree (trees as level-order arrays)."""
import random

from packlib.trees import biased_shape, chain_shape, to_array

BRUTE_MAX = 10_000
LO, HI = -100, 100


def random_tree(n, rng, recent_bias=0.0):
    """A random tree of n nodes as a level-order array.

    Each new node hangs from a free child slot; with probability recent_bias the slot is taken
    from the newest nodes, which makes the tree deeper.
    """
    vals = [rng.randint(LO, HI) for _ in range(n)]
    return to_array(vals, *biased_shape(n, rng, recent_bias))


def chain(n, rng, pattern):
    """A path of n nodes; pattern picks the side of each step: 'left', 'right' or 'zigzag'."""
    vals = [rng.randint(LO, HI) for _ in range(n)]
    return to_array(vals, *chain_shape(n, pattern))


def complete_tree(n, rng):
    return [rng.randint(LO, HI) for _ in range(n)]


def generate():
    rng = random.Random(104)
    for k, n in enumerate((1, 2, 4, 7, 12)):
        yield f"small-random-{k + 1}", [random_tree(n, rng)]
    yield "medium-random", [random_tree(500, rng)]
    yield "medium-deep-random", [random_tree(2000, rng, recent_bias=0.9)]
    yield "medium-complete", [complete_tree(1023, rng)]
    yield "medium-complete-plus-one", [complete_tree(1024, rng)]
    yield "skewed-right-depth-5000", [chain(5000, rng, "right")]
    yield "skewed-left-depth-5000", [chain(5000, rng, "left")]
    yield "large-zigzag-chain", [chain(10_000, rng, "zigzag")]
    yield "large-random", [random_tree(10_000, rng)]
    yield "large-deep-random", [random_tree(10_000, rng, recent_bias=0.97)]


def brute(root):
    """Give every array slot a depth while decoding the level order; return the largest."""
    if not root:
        return 0
    depth = [1]          # depth of each non-null node, in order of appearance
    best, child, parent = 1, 1, 0
    while child < len(root):
        for _ in range(2):
            if child < len(root) and root[child] is not None:
                depth.append(depth[parent] + 1)
                best = max(best, depth[-1])
            child += 1
        parent += 1
    return best


def size(root):
    return sum(v is not None for v in root)


def scale(n, rng):
    return [random_tree(n, rng)]
