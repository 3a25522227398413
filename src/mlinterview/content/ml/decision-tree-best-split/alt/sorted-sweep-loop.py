"""Best split with a plain sweep: per feature, sort the rows once and walk the cut from left
to right, moving one row's label count across at each step."""

import math


def impurity(counts, size, criterion):
    if criterion == "gini":
        return 1.0 - sum((c / size) ** 2 for c in counts)
    return -sum((c / size) * math.log2(c / size) for c in counts if c)


def best_split(X, y, criterion):
    rows = X.tolist()
    labels = y.tolist()
    n = len(labels)
    d = len(rows[0]) if rows else 0
    classes = sorted(set(labels))
    index = {c: i for i, c in enumerate(classes)}
    codes = [index[v] for v in labels]
    totals = [0] * len(classes)
    for c in codes:
        totals[c] += 1
    parent = impurity(totals, n, criterion)
    best = (-1, None, 0.0)
    best_gain = -math.inf
    for j in range(d):
        order = sorted(range(n), key=lambda i: rows[i][j])
        left = [0] * len(classes)
        right = list(totals)
        for pos in range(n - 1):
            c = codes[order[pos]]
            left[c] += 1
            right[c] -= 1
            a, b = rows[order[pos]][j], rows[order[pos + 1]][j]
            if a == b:
                continue
            n_left = pos + 1
            child = (n_left * impurity(left, n_left, criterion)
                     + (n - n_left) * impurity(right, n - n_left, criterion)) / n
            gain = parent - child
            if gain > best_gain + 1e-12:
                best_gain = gain
                best = (j, (a + b) / 2, gain)
    return best
