"""Seeded hidden cases for clone-graph: connected graphs as 1-indexed adjacency lists.

The expected answer of a case is its input: a correct copy has the same adjacency list.
"""
import copy
import random

BRUTE_MAX = 100


def _graph(n, extra_edges, rng):
    """A connected graph on 1..n: a random spanning tree plus extra_edges more edges."""
    if n == 0:
        return []
    edges = set()
    order = list(range(1, n + 1))
    rng.shuffle(order)
    for i in range(1, n):
        a, b = order[i], order[rng.randrange(i)]
        edges.add((min(a, b), max(a, b)))
    max_edges = n * (n - 1) // 2
    target = min(max_edges, len(edges) + extra_edges)
    while len(edges) < target:
        a, b = rng.sample(range(1, n + 1), 2)
        edges.add((min(a, b), max(a, b)))
    adj = [[] for _ in range(n)]
    for a, b in edges:
        adj[a - 1].append(b)
        adj[b - 1].append(a)
    for lst in adj:
        rng.shuffle(lst)
    return adj


def _path(n):
    return [[v for v in (i - 1, i + 1) if 1 <= v <= n] for i in range(1, n + 1)]


def _cycle(n):
    return [[(i - 2) % n + 1, i % n + 1] for i in range(1, n + 1)]


def _complete(n):
    return [[j for j in range(1, n + 1) if j != i] for i in range(1, n + 1)]


def generate():
    rng = random.Random(133)
    for k, (n, extra) in enumerate(((3, 1), (5, 2), (7, 0), (8, 6), (12, 10))):
        yield f"small-random-{k + 1}", [_graph(n, extra, rng)]
    yield "medium-tree", [_graph(40, 0, rng)]
    yield "medium-sparse", [_graph(60, 20, rng)]
    yield "medium-dense", [_graph(50, 600, rng)]
    yield "path-100", [_path(100)]
    yield "cycle-100", [_cycle(100)]
    yield "large-random-100", [_graph(100, 300, rng)]
    yield "large-tree-100", [_graph(100, 0, rng)]
    yield "complete-graph-100", [_complete(100)]


class _Node:
    def __init__(self, val):
        self.val = val
        self.neighbors = []


def brute(adj):
    """Build the graph, let copy.deepcopy clone it (it handles cycles), read it back."""
    if not adj:
        return []
    nodes = [_Node(i + 1) for i in range(len(adj))]
    for node, nbs in zip(nodes, adj):
        node.neighbors = [nodes[v - 1] for v in nbs]
    clone = copy.deepcopy(nodes[0])
    seen, stack = {}, [clone]
    while stack:
        cur = stack.pop()
        if cur.val not in seen:
            seen[cur.val] = cur
            stack.extend(cur.neighbors)
    return [[nb.val for nb in seen[v].neighbors] for v in range(1, len(seen) + 1)]


def size(adj):
    return len(adj)


def scale(n, rng):
    # Past the 100-node bound on purpose: only used to time growth.
    return [_graph(max(n, 1), max(n, 1), rng)]
