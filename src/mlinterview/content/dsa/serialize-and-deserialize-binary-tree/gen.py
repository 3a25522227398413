"""Seeded hidden cases for serialize-and-deserialize-binary-tree (trees as level-order arrays).

The expected answer of a case is its input: the round trip must give the same tree back.
"""
import random

from packlib.trees import biased_shape, chain_shape, to_array

BRUTE_MAX = 10_000
LO, HI = -1000, 1000


def random_tree(n, rng, recent_bias=0.0, lo=LO, hi=HI):
    """A random tree of n nodes; recent_bias > 0 hangs new nodes under recent ones (deeper)."""
    vals = [rng.randint(lo, hi) for _ in range(n)]
    return to_array(vals, *biased_shape(n, rng, recent_bias))


def chain(n, rng, pattern):
    """A path of n nodes going 'left', 'right' or 'zigzag'."""
    vals = [rng.randint(LO, HI) for _ in range(n)]
    return to_array(vals, *chain_shape(n, pattern))


def generate():
    rng = random.Random(297)
    for k, n in enumerate((1, 2, 3, 5, 8, 13)):
        yield f"small-random-{k + 1}", [random_tree(n, rng)]
    yield "small-values-around-zero", [random_tree(40, rng, lo=-2, hi=2)]
    yield "medium-random", [random_tree(1000, rng)]
    yield "medium-deep-random", [random_tree(3000, rng, recent_bias=0.9)]
    yield "medium-complete", [[rng.randint(LO, HI) for _ in range(2047)]]
    yield "skewed-left-5000", [chain(5000, rng, "left")]
    yield "skewed-right-5000", [chain(5000, rng, "right")]
    yield "large-zigzag-chain", [chain(10_000, rng, "zigzag")]
    yield "large-random", [random_tree(10_000, rng)]
    shape = random_tree(10_000, rng)
    yield "large-extreme-values", [[None if v is None else rng.choice((LO, 0, HI)) for v in shape]]


def brute(root):
    """Decode the level-order array into nested nodes and encode them again."""
    if not root:
        return []
    nodes = [[root[0], None, None]]  # [val, left, right]
    queue, head, i = [nodes[0]], 0, 1
    while i < len(root):
        parent = queue[head]
        head += 1
        for side in (1, 2):
            if i < len(root) and root[i] is not None:
                child = [root[i], None, None]
                parent[side] = child
                queue.append(child)
            i += 1
    out, level = [], [nodes[0]]
    while level:
        nxt = []
        for node in level:
            if node is None:
                out.append(None)
            else:
                out.append(node[0])
                nxt.extend((node[1], node[2]))
        level = nxt
    while out and out[-1] is None:
        out.pop()
    return out


def size(root):
    return sum(v is not None for v in root)


def scale(n, rng):
    return [random_tree(n, rng)]
