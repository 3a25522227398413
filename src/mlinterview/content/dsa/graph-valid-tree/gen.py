"""Generated hidden cases for Graph Valid Tree, and a definition-based oracle."""

import random

from packlib.graphs import component_labels

BRUTE_MAX = 1500


def _random_tree(rng, n, reach=None):
    """Edges of a random tree: node i attaches to an earlier node (one of the last
    `reach` nodes when given, which makes long thin trees). Shuffled, random orientation."""
    edges = []
    for i in range(1, n):
        low = 0 if reach is None else max(0, i - reach)
        p = rng.randrange(low, i)
        edges.append([i, p] if rng.random() < 0.5 else [p, i])
    rng.shuffle(edges)
    return edges


def _random_graph(rng, n, m):
    chosen = set()
    edges = []
    m = min(m, n * (n - 1) // 2)
    while len(edges) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (min(a, b), max(a, b)) not in chosen:
            chosen.add((min(a, b), max(a, b)))
            edges.append([a, b])
    return edges


def _tree_with_one_edge_moved(rng, n):
    """n - 1 edges, but one tree edge is replaced by an edge inside one side: a cycle plus a
    cut-off part. The edge count alone cannot tell this from a tree."""
    edges = _random_tree(rng, n)
    while True:
        drop = rng.randrange(len(edges))
        rest = edges[:drop] + edges[drop + 1:]
        # Without the dropped edge the tree falls into two sides; add the new edge inside
        # the larger one.
        adj = {i: [] for i in range(n)}
        for a, b in rest:
            adj[a].append(b)
            adj[b].append(a)
        sides = []
        for start in edges[drop]:
            side = {start}
            stack = [start]
            while stack:
                u = stack.pop()
                for v in adj[u]:
                    if v not in side:
                        side.add(v)
                        stack.append(v)
            sides.append(side)
        nodes = sorted(max(sides, key=len))
        existing = {(min(a, b), max(a, b)) for a, b in rest}
        pairs = [(a, b) for a in nodes for b in nodes if a < b and (a, b) not in existing]
        if pairs:
            a, b = rng.choice(pairs)
            rest.append([a, b])
            rng.shuffle(rest)
            return rest


def generate():
    rng = random.Random(261)
    for i, n in enumerate([2, 3, 6, 10, 25, 60, 150, 400]):
        yield f"random-tree-{n}-{i}", [n, _random_tree(rng, n)]
    for i, n in enumerate([4, 7, 12, 40, 300]):
        yield f"cycle-and-cut-off-part-{n}-{i}", [n, _tree_with_one_edge_moved(rng, n)]
    yield "random-graph-30-nodes-35-edges", [30, _random_graph(rng, 30, 35)]
    yield "forest-missing-one-edge-500", [500, _random_tree(rng, 500)[:-1]]
    # Maximum sizes.
    yield "path-2000-in-order", [2000, [[i, i + 1] for i in range(1999)]]
    yield "random-tree-2000", [2000, _random_tree(rng, 2000)]
    yield "thin-tree-2000", [2000, _random_tree(rng, 2000, reach=3)]
    yield "star-2000", [2000, [[0, i] for i in range(1, 2000)]]
    yield "dense-2000-nodes-5000-edges", [2000, _random_graph(rng, 2000, 5000)]
    yield "cycle-and-cut-off-part-2000", [2000, _tree_with_one_edge_moved(rng, 2000)]


def _connected(n, edges):
    """One component, by label propagation (packlib.graphs)."""
    return len(set(component_labels(n, edges))) == 1


def brute(n, edges):
    """The definition: connected, and removing any single edge disconnects the graph
    (an edge on a cycle could be removed without disconnecting anything)."""
    if not _connected(n, edges):
        return False
    return all(not _connected(n, edges[:i] + edges[i + 1:]) for i in range(len(edges)))


def size(n, edges):
    return n + len(edges)


def scale(n, rng):
    nodes = max(1, (n + 1) // 2)
    return [nodes, _random_tree(rng, nodes, reach=3)]
