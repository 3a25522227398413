"""Undirected graphs on nodes ``0..n-1`` given as edge lists, for brute-force oracles."""


def component_labels(n, edges):
    """A component label per node: the smallest node of its component.

    Label propagation: every edge pulls both its ends to the smaller of their labels until
    nothing changes. Quadratic at worst and obviously right, which is what an oracle wants.
    """
    label = list(range(n))
    changed = True
    while changed:
        changed = False
        for a, b in edges:
            low = min(label[a], label[b])
            if label[a] != low or label[b] != low:
                label[a] = label[b] = low
                changed = True
    return label
