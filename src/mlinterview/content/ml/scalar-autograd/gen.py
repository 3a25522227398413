"""Seeded hidden cases for scalar-autograd: random expression DAGs whose values stay bounded."""
import math

import numpy as np

POWERS = [2, 3, -1, 0.5, 1.5, -0.5]


def _graph(rng, n_nodes, n_leaves, window):
    """Random DAG. Each operation reads nodes among the last `window` ones, so there is plenty
    of reuse (fan-out) and long paths; an operation is only kept when its value is moderate."""
    nodes, values = [], []
    for _ in range(n_leaves):
        v = float(np.round(rng.uniform(-2, 2), 3))
        nodes.append(["leaf", v])
        values.append(v)
    while len(nodes) < n_nodes:
        lo = max(0, len(nodes) - window)
        i, j = (int(x) for x in rng.integers(lo, len(nodes), size=2))
        a, b = values[i], values[j]
        op = ["add", "mul", "pow", "tanh", "relu", "exp"][int(rng.integers(0, 6))]
        if op == "add":
            node, v = ["add", i, j], a + b
        elif op == "mul":
            node, v = ["mul", i, j], a * b
        elif op == "pow":
            p = POWERS[int(rng.integers(0, len(POWERS)))]
            if (p != int(p) and a <= 0.2) or (p < 0 and abs(a) < 0.2):
                continue
            node, v = ["pow", i, p], a ** p
        elif op == "tanh":
            node, v = ["tanh", i], math.tanh(a)
        elif op == "relu":
            node, v = ["relu", i], max(a, 0.0)
        else:
            if a > 3:
                continue
            node, v = ["exp", i], math.exp(a)
        if abs(v) > 50:
            continue
        nodes.append(node)
        values.append(v)
    # Output: the sum of nodes picked all over the graph, so that gradients reach far back.
    picks = rng.choice(len(nodes), size=min(40, max(2, len(nodes) // 4)), replace=False)
    total = int(picks[0])
    for k in picks[1:]:
        nodes.append(["add", total, int(k)])
        total = len(nodes) - 1
    return nodes


def generate():
    rng = np.random.default_rng(1212)
    for n_nodes, n_leaves, window in [(6, 2, 6), (15, 4, 8), (40, 6, 10), (100, 10, 5), (300, 20, 30),
                                      (1000, 50, 8)]:
        yield f"random-dag-{n_nodes}", [_graph(rng, n_nodes, n_leaves, window)]
    yield "long-narrow-5000", [_graph(rng, 5000, 3, 3)]
    yield "large-10000", [_graph(rng, 9961, 100, 12)]
