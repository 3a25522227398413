"""Seeded hidden cases for binary-tree-maximum-path-sum: one level-order array per case."""
import random

from packlib.trees import random_shape, chain_shape, to_array, from_array, as_array, count

BRUTE_MAX = 600
LIMIT = 1000
MAX_N = 3 * 10**4


def _tree(n, rng, lo=-LIMIT, hi=LIMIT, kind=None):
    left, right = chain_shape(n, kind) if kind else random_shape(n, rng)
    return [to_array([rng.randint(lo, hi) for _ in range(n)], left, right)]


def generate():
    rng = random.Random(1240)
    for k in range(4):
        yield f"small-random-{k + 1}", _tree(rng.randint(1, 12), rng)
    for k in range(2):
        yield f"small-all-negative-{k + 1}", _tree(rng.randint(2, 12), rng, -LIMIT, -1)
    for k in range(3):
        yield f"medium-random-{k + 1}", _tree(rng.randint(100, 600), rng)
    yield "medium-mostly-negative", _tree(500, rng, -LIMIT, 50)
    yield "chain-3000-mixed-signs", _tree(3000, rng, kind="left")
    yield "chain-3000-all-negative", _tree(3000, rng, -LIMIT, -1, kind="zigzag")
    yield "large-random", _tree(MAX_N, rng)
    yield "large-all-positive", _tree(MAX_N, rng, 1, LIMIT)
    yield "large-left-chain", _tree(MAX_N, rng, kind="left")
    yield "large-zigzag-chain-all-max", [to_array([LIMIT] * MAX_N, *chain_shape(MAX_N, "zigzag"))]


def brute(root):
    """Try every start node u: walk the tree as an undirected graph from u, summing the path
    to every other node v. Every path is the unique u-v path for some pair (u, v)."""
    vals, left, right = from_array(as_array(root))
    n = len(vals)
    adj = [[] for _ in range(n)]
    for p in range(n):
        for c in (left[p], right[p]):
            if c != -1:
                adj[p].append(c)
                adj[c].append(p)
    best = None
    for u in range(n):
        stack = [(u, -1, vals[u])]
        while stack:
            node, came_from, total = stack.pop()
            best = total if best is None else max(best, total)
            for nxt in adj[node]:
                if nxt != came_from:
                    stack.append((nxt, node, total + vals[nxt]))
    return best


def size(root):
    return count(root)


def scale(n, rng):
    return _tree(max(n, 1), rng)
