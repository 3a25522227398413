"""PCA: each principal component is right up to its sign (v and -v span the same axis); the
explained-variance ratios are compared directly."""
import numpy as np

RTOL = 1e-6
ATOL = 1e-8


def check(args, expected, got):
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return "return a pair (components, explained_variance_ratio)"
    try:
        comps = np.asarray(got[0], dtype=float)
        ratio = np.asarray(got[1], dtype=float)
    except (TypeError, ValueError) as exc:
        return f"could not read the answer as float arrays: {exc}"
    want_comps = np.asarray(expected[0], dtype=float)
    want_ratio = np.asarray(expected[1], dtype=float)
    if comps.shape != want_comps.shape:
        return (f"components: expected shape {want_comps.shape} (one component per row), "
                f"got shape {comps.shape}")
    if ratio.shape != want_ratio.shape:
        return f"explained_variance_ratio: expected shape {want_ratio.shape}, got shape {ratio.shape}"
    for j in range(len(want_comps)):
        v, w = comps[j], want_comps[j]
        if np.abs(v + w).sum() < np.abs(v - w).sum():
            v = -v
        close = np.isclose(v, w, rtol=RTOL, atol=ATOL)
        if not close.all():
            i = int(np.argmin(close))
            return (f"component {j}, entry {i}: expected {w[i]!r}, got {v[i]!r} "
                    f"(the sign of each component is ignored; tolerance {ATOL} + {RTOL}·|expected|)")
    close = np.isclose(ratio, want_ratio, rtol=RTOL, atol=ATOL)
    if not close.all():
        i = int(np.argmin(close))
        return f"explained_variance_ratio[{i}]: expected {want_ratio[i]!r}, got {ratio[i]!r}"
    return True
