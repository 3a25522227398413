"""CART in plain Python: nodes hold lists of row indices, each split search sorts the node's
rows per feature and sweeps the cut with running label counts."""

import math


def node_impurity(counts, size, criterion):
    if criterion == "gini":
        return 1.0 - sum((c / size) ** 2 for c in counts)
    return -sum((c / size) * math.log2(c / size) for c in counts if c > 0)


def decision_tree_predict(X_train, y_train, X_test, max_depth, min_samples_split, criterion):
    rows = X_train.tolist()
    labels = sorted(set(y_train.tolist()))
    code = {v: i for i, v in enumerate(labels)}
    y = [code[v] for v in y_train.tolist()]
    k = len(labels)
    d = len(rows[0])

    def counts_of(idx):
        c = [0] * k
        for i in idx:
            c[y[i]] += 1
        return c

    def search(idx):
        n = len(idx)
        total = counts_of(idx)
        parent = node_impurity(total, n, criterion)
        candidates = []  # (gain, feature, threshold) in feature, then threshold order
        for j in range(d):
            ordered = sorted(idx, key=lambda i: rows[i][j])
            left = [0] * k
            for pos in range(n - 1):
                left[y[ordered[pos]]] += 1
                a, b = rows[ordered[pos]][j], rows[ordered[pos + 1]][j]
                if a == b:
                    continue
                right = [t - l for t, l in zip(total, left)]
                nl = pos + 1
                gain = parent - (nl * node_impurity(left, nl, criterion)
                                 + (n - nl) * node_impurity(right, n - nl, criterion)) / n
                candidates.append((gain, j, (a + b) / 2))
        if not candidates:
            return None
        top = max(g for g, _, _ in candidates)
        for gain, j, t in candidates:
            if gain >= top - 1e-12:
                return j, t
        return None

    def build(idx, depth):
        c = counts_of(idx)
        majority = c.index(max(c))
        if depth >= max_depth or len(idx) < min_samples_split or sum(1 for v in c if v) == 1:
            return majority
        found = search(idx)
        if found is None:
            return majority
        j, t = found
        left = [i for i in idx if rows[i][j] <= t]
        right = [i for i in idx if rows[i][j] > t]
        return (j, t, build(left, depth + 1), build(right, depth + 1))

    tree = build(list(range(len(rows))), 0)
    out = []
    for x in X_test.tolist():
        node = tree
        while isinstance(node, tuple):
            j, t, lo, hi = node
            node = lo if x[j] <= t else hi
        out.append(labels[node])
    return out
