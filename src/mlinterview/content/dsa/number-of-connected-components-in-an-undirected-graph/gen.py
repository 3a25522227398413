"""Generated hidden cases for counting connected components, and a label-propagation oracle."""

import random

from packlib.graphs import component_labels

BRUTE_MAX = 3000


def _random_edges(rng, n, m):
    """m distinct undirected edges on nodes 0..n-1, in random order and orientation."""
    m = min(m, n * (n - 1) // 2)
    chosen = set()
    edges = []
    while len(edges) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a == b or (min(a, b), max(a, b)) in chosen:
            continue
        chosen.add((min(a, b), max(a, b)))
        edges.append([a, b])
    return edges


def _shuffled_path(rng, n):
    order = list(range(n))
    rng.shuffle(order)
    edges = [[order[i], order[i + 1]] for i in range(n - 1)]
    rng.shuffle(edges)
    return edges


def generate():
    rng = random.Random(323)
    for i, (n, m) in enumerate([(2, 1), (5, 2), (8, 5), (10, 12), (20, 10), (30, 25),
                                (50, 40), (100, 60), (200, 190), (400, 300)]):
        yield f"random-n{n}-m{m}-{i}", [n, _random_edges(rng, n, m)]
    yield "path-2000-shuffled", [2000, _shuffled_path(rng, 2000)]
    yield "random-2000-nodes-5000-edges", [2000, _random_edges(rng, 2000, 5000)]
    # A dense cluster of 100 nodes holding every edge, and 1900 isolated nodes.
    cluster = _random_edges(rng, 100, 5000)
    yield "dense-cluster-plus-isolated", [2000, cluster]
    # 500 separate 4-cycles: lots of components, each with a cycle.
    cycles = []
    for k in range(500):
        a, b, c, d = 4 * k, 4 * k + 1, 4 * k + 2, 4 * k + 3
        cycles += [[a, b], [b, c], [c, d], [d, a]]
    rng.shuffle(cycles)
    yield "five-hundred-4-cycles", [2000, cycles]
    yield "no-edges-2000", [2000, []]


def brute(n, edges):
    """Repeatedly give both ends of every edge the smaller label until nothing changes
    (packlib.graphs); count the labels left."""
    return len(set(component_labels(n, edges)))


def size(n, edges):
    return n + len(edges)


def scale(n, rng):
    nodes = max(1, n // 2)
    return [nodes, _random_edges(rng, nodes, n - nodes)]
