"""K-means: labels and centroids must match the reference up to a renaming of the clusters.

A renaming is a bijection p of {0..k-1}: the learner's cluster j must hold exactly the points of
the expected cluster p(j), and the learner's centroid j must equal expected centroid p(j) within
the tolerance. Clusters that end up empty are matched by their centroids alone.
"""
import numpy as np

RTOL = 1e-6
ATOL = 1e-8


def check(args, expected, got):
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return "return a pair (labels, centroids)"
    try:
        labels = np.asarray(got[0])
        centroids = np.asarray(got[1], dtype=float)
    except (TypeError, ValueError) as exc:
        return f"could not read the answer: {exc}"
    want_labels = np.asarray(expected[0]).astype(int)
    want_centroids = np.asarray(expected[1], dtype=float)
    k = len(want_centroids)
    if centroids.shape != want_centroids.shape:
        return f"centroids: expected shape {want_centroids.shape}, got shape {centroids.shape}"
    if labels.shape != want_labels.shape:
        return f"labels: expected shape {want_labels.shape}, got shape {labels.shape}"
    if labels.dtype.kind not in "biuf" or not np.all(np.isfinite(labels)) or \
            not np.array_equal(labels, np.round(labels)):
        return "labels must be integers"
    labels = labels.astype(int)
    if labels.size and (labels.min() < 0 or labels.max() >= k):
        return f"labels must lie in [0, {k})"

    # The renaming forced by the labels.
    rename = {}
    for i, (g, w) in enumerate(zip(labels.tolist(), want_labels.tolist())):
        if rename.setdefault(g, w) != w:
            return (f"labels disagree at index {i}: your cluster {g} mixes points of expected "
                    f"clusters {rename[g]} and {w}")
    if len(set(rename.values())) != len(rename):
        return "two of your clusters hold points of the same expected cluster"
    missing = set(want_labels.tolist()) - set(rename.values())
    if missing:
        return f"expected cluster {min(missing)} is missing from your labels"
    # Empty clusters: pair the remaining centroids by closeness.
    free = [w for w in range(k) if w not in rename.values()]
    for g in range(k):
        if g in rename:
            continue
        match = next((w for w in free if np.allclose(centroids[g], want_centroids[w], rtol=RTOL, atol=ATOL)), None)
        if match is None:
            return f"centroid {g} (an empty cluster) matches no expected centroid: {centroids[g].tolist()}"
        rename[g] = match
        free.remove(match)
    for g in range(k):
        w = rename[g]
        close = np.isclose(centroids[g], want_centroids[w], rtol=RTOL, atol=ATOL)
        if not close.all():
            j = int(np.argmin(close))
            return (f"centroid {g} (expected cluster {w}), coordinate {j}: expected "
                    f"{want_centroids[w][j]!r}, got {centroids[g][j]!r} "
                    f"(tolerance {ATOL} + {RTOL}·|expected|)")
    return True
